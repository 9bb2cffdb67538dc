// A drop zone with a file input inside: pick with the dialog or drop files onto it.

import { byId, setClass } from './dom';

export class FilePicker {
  private readonly zone: HTMLElement;
  private readonly input: HTMLInputElement;
  private enabled = true;

  constructor(zoneId: string, inputId: string, private readonly onFiles: (files: File[]) => void) {
    this.zone = byId(zoneId);
    this.input = byId<HTMLInputElement>(inputId);
    // the zone is the one keyboard stop: Enter or Space opens the file dialog, as a click does
    this.zone.tabIndex = 0;
    this.zone.setAttribute('role', 'button');
    this.input.tabIndex = -1;
    this.zone.addEventListener('keydown', (e) => {
      if (e.target !== this.zone || !(e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar')) return;
      e.preventDefault();
      if (this.enabled) this.input.click();
    });
    this.input.addEventListener('change', () => {
      const files = this.input.files ? toArray(this.input.files) : [];
      // the same files can be picked again after they were fixed
      this.input.value = '';
      if (files.length) this.onFiles(files);
    });
    this.zone.addEventListener('dragover', (e) => {
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = this.enabled ? 'copy' : 'none';
      setClass(this.zone, 'dragging', this.enabled);
    });
    this.zone.addEventListener('dragleave', () => setClass(this.zone, 'dragging', false));
    this.zone.addEventListener('drop', (e) => {
      e.preventDefault();
      setClass(this.zone, 'dragging', false);
      const files = e.dataTransfer && e.dataTransfer.files ? toArray(e.dataTransfer.files) : [];
      if (this.enabled && files.length) this.onFiles(files);
    });
  }

  setEnabled(on: boolean): void {
    this.enabled = on;
    this.input.disabled = !on;
    this.zone.setAttribute('aria-disabled', String(!on));
    setClass(this.zone, 'disabled', !on);
  }
}

function toArray(list: FileList): File[] {
  const out: File[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i]);
  return out;
}
