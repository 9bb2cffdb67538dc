// Names of the files the pane offers for download carry the day they were made: 全省汇总-2018-06-12.xlsx.
import { isoDate } from './create-form';

export function datedName(name: string, at: Date): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}-${isoDate(at)}${name.slice(dot)}` : `${name}-${isoDate(at)}`;
}
