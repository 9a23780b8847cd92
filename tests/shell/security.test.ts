// docs/security.md 16: navigation, new windows, permissions, webviews; applied to every webContents.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEvent, FakeSession } from './fakes/electron.ts';

const fake = await vi.hoisted(async () => (await import('./fakes/electron.ts')).createElectronFake());
vi.mock('electron', () => fake.module);

const { EXTERNAL_ALLOW_LIST, hardenSession, hardenWebContents, installSecurityHooks, isAllowedExternalUrl } =
  await import('../../electron/security.ts');
const { isAppUrl } = await import('../../electron/origin.ts');

type Contents = InstanceType<typeof fake.FakeWebContents>;
const harden = (contents: Contents, allow?: readonly string[]) =>
  hardenWebContents(contents as never, allow ? { externalAllowList: allow } : {});

const OURS = ['app://rapport/index.html', 'app://rapport/', 'app://rapport/clients/12?tab=timeline#top'];
const FOREIGN = [
  'app://rapport.evil/index.html',
  'app://rapportx/index.html',
  'app://evil.rapport/index.html',
  'app://rapport@evil/index.html',
  'app://evil@rapport/index.html',
  'app://rapport:8080/index.html',
  'app:rapport/index.html',
  'app:///rapport/index.html',
  'APP://RAPPORT.evil/',
  'http://rapport/index.html',
  'https://rapport/index.html',
  'https://example.com/',
  'javascript:alert(1)',
  'JavaScript:fetch("//evil")',
  'file:///etc/passwd',
  'file:///work/main/out/renderer/index.html',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://rapport/1234',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  '',
  'not a url',
];

describe('origin', () => {
  it.each(OURS)('accepts our own %s', (url) => expect(isAppUrl(url)).toBe(true));
  it.each(FOREIGN)('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
  it('refuses non-strings', () => {
    for (const value of [undefined, null, 1, {}, ['app://rapport/']]) expect(isAppUrl(value)).toBe(false);
  });
});

describe('navigation', () => {
  let contents: Contents;
  beforeEach(() => {
    contents = new fake.FakeWebContents();
    harden(contents);
  });

  for (const eventName of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
    it.each(FOREIGN)(`${eventName} blocks %s`, (url) => {
      const event = new FakeEvent(url);
      contents.emit(eventName, event, url);
      expect(event.defaultPrevented).toBe(true);
    });
    it.each(OURS)(`${eventName} lets our own %s through`, (url) => {
      const event = new FakeEvent(url);
      contents.emit(eventName, event, url);
      expect(event.defaultPrevented).toBe(false);
    });
  }

  it('will-attach-webview is always prevented', () => {
    for (const src of ['app://rapport/index.html', 'https://example.com/']) {
      const event = new FakeEvent();
      contents.emit('will-attach-webview', event, { nodeIntegration: false }, { src });
      expect(event.defaultPrevented).toBe(true);
    }
  });

  it('hardening twice does not stack listeners', () => {
    harden(contents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-frame-navigate')).toBe(1);
  });
});

describe('new windows', () => {
  beforeEach(() => fake.shell.openExternal.mockClear());

  it('the shipped allow-list is tiny (empty), frozen and https-only', () => {
    expect(Object.isFrozen(EXTERNAL_ALLOW_LIST)).toBe(true);
    expect(EXTERNAL_ALLOW_LIST.length).toBeLessThanOrEqual(3);
    for (const origin of EXTERNAL_ALLOW_LIST) expect(new URL(origin).origin).toBe(origin);
    for (const origin of EXTERNAL_ALLOW_LIST) expect(origin.startsWith('https://')).toBe(true);
  });

  it.each([...OURS, ...FOREIGN, 'https://rapport.example/help'])('with the shipped list, %s is denied and opens nothing', (url) => {
    const contents = new fake.FakeWebContents();
    harden(contents);
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  const ALLOW = ['https://rapport.example'];
  it.each(['https://rapport.example/help', 'https://rapport.example/', 'https://RAPPORT.example/help?x=1'])(
    'an allowed https origin %s opens in the browser, and the window is still denied',
    (url) => {
      const contents = new fake.FakeWebContents();
      harden(contents, ALLOW);
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
      expect(fake.shell.openExternal).toHaveBeenCalledExactlyOnceWith(new URL(url).href);
    },
  );

  it.each([
    'http://rapport.example/help',
    'https://rapport.example.evil.com/',
    'https://evil.com/rapport.example',
    'https://rapport.example@evil.com/',
    'https://user:pw@rapport.example/',
    'https://rapport.example:8443/',
    'https://sub.rapport.example/',
    'javascript:location="https://rapport.example"',
    'file:///etc/passwd',
    'app://rapport/index.html',
  ])('with an allow-list, %s still opens nothing', (url) => {
    const contents = new fake.FakeWebContents();
    harden(contents, ALLOW);
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
    expect(isAllowedExternalUrl(url, ALLOW)).toBe(false);
  });
});

describe('permissions', () => {
  const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal',
    'fullscreen', 'pointerLock', 'hid', 'serial', 'usb', 'midiSysex', 'display-capture', 'fileSystem', 'unknown'];

  it('request and check handlers deny everything, device access too', () => {
    const ses = new FakeSession();
    hardenSession(ses as never);
    for (const permission of PERMISSIONS) {
      const callback = vi.fn();
      ses.permissionRequestHandler?.({}, permission, callback, { requestingUrl: 'app://rapport/index.html' });
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(ses.permissionCheckHandler?.({}, permission, 'app://rapport', {})).toBe(false);
    }
    expect(ses.devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://rapport' })).toBe(false);
  });

  it('a webContents with its own session gets that session hardened too', () => {
    const contents = new fake.FakeWebContents();
    contents.session = new FakeSession();
    harden(contents);
    expect(contents.session.permissionRequestHandler).toBeTypeOf('function');
    expect(contents.session.permissionCheckHandler).toBeTypeOf('function');
  });
});

describe('web-contents-created hook', () => {
  it('applies every rule to each webContents the app creates', () => {
    installSecurityHooks(fake.app as never);
    const contents = new fake.FakeWebContents();
    contents.session = new FakeSession();
    fake.app.emit('web-contents-created', new FakeEvent(), contents);

    const nav = new FakeEvent('https://evil.example/');
    contents.emit('will-navigate', nav, nav.url);
    expect(nav.defaultPrevented).toBe(true);
    const frameNav = new FakeEvent('javascript:alert(1)');
    contents.emit('will-frame-navigate', frameNav);
    expect(frameNav.defaultPrevented).toBe(true);
    const webview = new FakeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.session.permissionCheckHandler?.({}, 'media', 'app://rapport')).toBe(false);
  });
});
