// Outside Office, office.js still starts its telemetry: 3 s after loading it opens a hidden frame on
// telemetryservice.firstpartyapps.oaspapps.com. The pane promises that nothing leaves the computer when it
// is used in a browser, so once Office.onReady has said "no host" that frame is switched off. These are
// office.js internals (OSF.Logger.ulsEndpoint, OSFAppTelemetry): every step is guarded, and the browser
// test fails if a request to another host is made anyway.

interface Uls {
  loadProxyFrame?: () => void;
  writeLog?: (log: string) => void;
}

export function quietOfficeTelemetry(g: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): boolean {
  let quiet = false;
  try {
    const osf = g.OSF as { Logger?: { ulsEndpoint?: Uls | null } } | undefined;
    const uls = osf && osf.Logger ? osf.Logger.ulsEndpoint : null;
    if (uls) {
      uls.loadProxyFrame = () => undefined;
      uls.writeLog = () => undefined;
      quiet = true;
    }
    const app = g.OSFAppTelemetry as { enableTelemetry?: boolean } | undefined;
    if (app) app.enableTelemetry = false;
  } catch {
    // nothing to switch off
  }
  return quiet;
}
