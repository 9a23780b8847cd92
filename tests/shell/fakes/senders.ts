// IPC events as Electron would build them for different senders.
import { FakeFrame } from './electron.ts';

export const APP_PAGE = 'app://rapport/index.html';

export interface FakeInvokeEvent {
  sender: { mainFrame: FakeFrame | null };
  senderFrame: FakeFrame | null;
}

const fromMainFrame = (url: string): FakeInvokeEvent => {
  const main = new FakeFrame(url);
  return { sender: { mainFrame: main }, senderFrame: main };
};

export const trustedSender = (): FakeInvokeEvent => fromMainFrame(APP_PAGE);

/** Senders that must be refused before the dispatcher is called, each with a name for the test title. */
export const untrustedSenders = (): Array<[string, FakeInvokeEvent]> => {
  const subFrameHost = new FakeFrame(APP_PAGE);
  const ourSubFrame = new FakeFrame('app://rapport/frame.html', subFrameHost);
  const detached = fromMainFrame(APP_PAGE);
  if (detached.senderFrame) detached.senderFrame.detached = true;
  return [
    ['a null sender frame', { sender: { mainFrame: new FakeFrame(APP_PAGE) }, senderFrame: null }],
    ['a sub-frame, even on our origin', { sender: { mainFrame: subFrameHost }, senderFrame: ourSubFrame }],
    ['a sub-frame on a foreign origin', { sender: { mainFrame: subFrameHost }, senderFrame: new FakeFrame('https://evil.example/', subFrameHost) }],
    ['a parentless frame that is not the main frame', { sender: { mainFrame: new FakeFrame(APP_PAGE) }, senderFrame: new FakeFrame(APP_PAGE) }],
    ['a detached frame', detached],
    ['a sender without a main frame', { sender: { mainFrame: null }, senderFrame: new FakeFrame(APP_PAGE) }],
    ['a foreign https origin', fromMainFrame('https://evil.example/index.html')],
    ['a look-alike host app://rapport.evil', fromMainFrame('app://rapport.evil/index.html')],
    ['a look-alike host app://rapportx', fromMainFrame('app://rapportx/index.html')],
    ['credentials app://rapport@evil', fromMainFrame('app://rapport@evil/index.html')],
    ['a port app://rapport:8080', fromMainFrame('app://rapport:8080/index.html')],
    ['http://rapport', fromMainFrame('http://rapport/index.html')],
    ['file://', fromMainFrame('file:///work/main/out/renderer/index.html')],
    ['data:', fromMainFrame('data:text/html,<script>1</script>')],
    ['about:blank', fromMainFrame('about:blank')],
    ['an empty URL', fromMainFrame('')],
  ];
};
