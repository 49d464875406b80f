// Generates sdk-wire.json, the exact JSON texts JacksonWalletMessageCodecExactJsonTest compares with.
// Run once (node 20) in a scratch directory outside the repository:
//   npm install @tonconnect/sdk@3.4.1 @tonconnect/protocol@2.4.0 && node generate-sdk-wire.js > sdk-wire.json
// * "sdk.*" entries come from the real SDK 3.4.1: TonConnect.sendTransaction / signData with a
//   stubbed connected wallet and provider, capturing JSON.stringify({...request, id}) as
//   BridgeProvider.sendRequest builds it.
// * Other entries are objects built in the order the repository sources build them
//   (ton-connect.ts + normalize-structured-item.ts for items/signMessage, wire-request-parser.ts for
//   embedded requests; wallet-side messages in the order of the protocol types), then JSON.stringify.
const sdk = require('@tonconnect/sdk');
class Mem { constructor() { this.m = {}; } async setItem(k, v) { this.m[k] = v; } async getItem(k) { return this.m[k] ?? null; } async removeItem(k) { delete this.m[k]; } }
const from = '0:2ab14395b929e925e99cabd1f4d4e0d35365097305c9f60a0860f59979a67ddc';
const boc = 'te6ccgEBAQEACwAAEgAAAABoZWxsbw==';
const out = {};
(async () => {
  const tc = new sdk.TonConnect({ manifestUrl: 'https://dapp.example.com/tonconnect-manifest.json', storage: new Mem() });
  const sent = [];
  tc._wallet = { provider: 'http', device: { platform: 'iphone', appName: 'tonkeeper', appVersion: '5.0.0', maxProtocolVersion: 2,
      features: ['SendTransaction', { name: 'SendTransaction', maxMessages: 4, extraCurrencySupported: true }, { name: 'SignData', types: ['text', 'binary', 'cell'] }] },
    account: { address: from, chain: '-239', walletStateInit: '', publicKey: '' } };
  tc.provider = { type: 'http', closeConnection() {}, listen() {}, sendRequest: async (req) => {
      const id = String(sent.length); sent.push(JSON.stringify({ ...req, id }));
      return req.method === 'sendTransaction' ? { result: boc, id }
        : { result: { signature: 'x', address: from, timestamp: 1, domain: 'd', payload: {} }, id }; } };
  await tc.sendTransaction({ validUntil: 1700000300, messages: [
      { address: 'UQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93EBi', amount: '20000000' },
      { address: 'EQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93B2n', amount: '1', payload: boc,
        stateInit: 'te6ccgEBAQEACwAAEgAAAABoZWxsbw', extraCurrency: { 239: '1000000000', 7: '5' } }] });
  await tc.signData({ type: 'text', text: 'Confirm "deal" #1\n✓' });
  await tc.signData({ type: 'binary', bytes: 'AQID' });
  await tc.signData({ type: 'cell', schema: 'comment#00000000 text:SnakeData = InMsgBody;', cell: 'te6ccgEBAQEACwAAEgAAAABoZWxsbw' });
  [out['sdk.sendTransaction'], out['sdk.signDataText'], out['sdk.signDataBinary'], out['sdk.signDataCell']] = sent;

  const normalizeBase64 = d => typeof d !== 'string' ? undefined : d.replace(/-/g, '+').replace(/_/g, '/').padEnd(d.length + ((4 - (d.length % 4)) % 4), '=');
  const norm = item => { if (item.type === 'ton') { const { extraCurrency, ...rest } = item;
      return { ...rest, payload: normalizeBase64(item.payload), stateInit: normalizeBase64(item.stateInit), extra_currency: extraCurrency }; }
    return { ...item, customPayload: normalizeBase64(item.customPayload), forwardPayload: normalizeBase64(item.forwardPayload) }; };
  const items = [
    { type: 'ton', address: 'UQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93EBi', amount: '1000', extraCurrency: { '-1': '5', 100: '7' } },
    { type: 'jetton', master: 'EQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93B2n', destination: from, amount: '5000', attachAmount: '50000000',
      responseDestination: 'UQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93EBi', customPayload: boc, forwardAmount: '1', forwardPayload: boc, queryId: '42' },
    { type: 'nft', nftAddress: 'EQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93B2n', newOwner: from }];
  out.signMessageItems = JSON.stringify({ method: 'signMessage', params: [JSON.stringify({ from, network: '-3', valid_until: 1700000300, items: items.map(norm) })], id: '12' });
  out.disconnect = JSON.stringify({ method: 'disconnect', params: [], id: '3' });
  out.connectRequest = JSON.stringify({ manifestUrl: 'https://dapp.example.com/m.json', items: [{ name: 'ton_addr', network: '-239' }, { name: 'ton_proof', payload: 'p"\\\n\u0001é\ud800' }] });
  out.embeddedMessages = JSON.stringify({ m: 'st', f: from, n: '-239', vu: 1700000300, ms: [{ a: 'UQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93EBi', am: '20000000' }] });
  out.embeddedItems = JSON.stringify({ m: 'sm', n: '-3', vu: 1700000300, i: [{ t: 'ton', a: 'UQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93EBi', am: '1000' },
    { t: 'jetton', ma: 'EQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93B2n', d: from, am: '5000', fa: '1', qi: '42' },
    { t: 'nft', na: 'EQAqsUOVuSnpJemcq9H01ODTU2UJcwXJ9goIYPWZeaZ93B2n', no: from, aa: '50000000' }] });
  out.embeddedSignData = JSON.stringify({ m: 'sd', f: from, t: 'cell', s: 'comment#00000000 text:SnakeData = InMsgBody;', c: boc });
  const device = { platform: 'iphone', appName: 'tonkeeper', appVersion: '5.0.0', maxProtocolVersion: 2, features: ['SendTransaction',
    { name: 'SendTransaction', maxMessages: 4, extraCurrencySupported: true, itemTypes: ['ton', 'jetton'] }, { name: 'SignData', types: ['text', 'binary', 'cell'] },
    { name: 'SignMessage', maxMessages: 255 }, { name: 'EmbeddedRequest' }, 'FutureThing', { name: 'Other' }] };
  out.connectEvent = JSON.stringify({ event: 'connect', id: 1700000000123, payload: { items: [
      { name: 'ton_addr', address: from, network: '-239', publicKey: 'ca93ac1705187071d67b83c7ff0efe8108e8ec4530575d7726879333dbdabe7c', walletStateInit: boc },
      { name: 'ton_proof', proof: { timestamp: 1700000000, domain: { lengthBytes: 11, value: 'example.com' },
        signature: 'ExzOTp0rsl7EQ4/OCBBoGuqt5gXvWe97DGErTSAndHpCTT15ylvy0rzQgEnWMAHbA3c/bmf1UHwg/SbyOZSMBw==', payload: 'abc' } }], device },
    response: { result: boc, id: '0' } });
  out.connectEventItemError = JSON.stringify({ event: 'connect', id: 5, payload: { items: [{ name: 'ton_addr', address: from, network: '-3', walletStateInit: '' },
    { name: 'ton_proof', error: { code: 400, message: 'not supported' } }], device: { platform: 'browser', appName: 'x', appVersion: '1', maxProtocolVersion: 2, features: [] } } });
  out.connectError = JSON.stringify({ event: 'connect_error', id: 7, payload: { code: 300, message: 'User declined' } });
  out.disconnectEvent = JSON.stringify({ event: 'disconnect', id: 8, payload: {} });
  out.responseSendTransaction = JSON.stringify({ result: boc, id: '7' });
  out.responseSignMessage = JSON.stringify({ result: { internalBoc: boc }, id: '7' });
  out.responseSignData = JSON.stringify({ result: { signature: 'AA0PIQaQc40BXnvtilmc5wfH6eYhtro+1hDnimCTCv7W7+Ne/43jizpe0hEuniEzRWSXx9iJmu4j2t0sF8FDDA==',
    address: from, timestamp: 1700000000, domain: 'example.com', payload: { type: 'text', text: 'hello', from, network: '-239' } }, id: '9' });
  out.responseError = JSON.stringify({ error: { code: 300, message: 'User declined the transaction', data: { reason: ['a', 1, null, true] } }, id: '7' });
  out.responseDisconnect = JSON.stringify({ result: {}, id: '4' });
  console.log(JSON.stringify(out, null, 1));
  process.exit(0);
})();
