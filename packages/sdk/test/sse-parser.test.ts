import assert from 'node:assert/strict';
import {test} from 'node:test';
import {SseParser, type SseMessage} from '../src/areas/realtime/index.js';

function parse(...chunks: string[]) {
  const messages: SseMessage[] = [];
  const retries: number[] = [];
  const parser = new SseParser(
    (m) => messages.push(m),
    (ms) => retries.push(ms),
  );
  for (const chunk of chunks) parser.push(chunk);
  return {messages, retries, parser};
}

test('a data line and a blank line dispatch one message', () => {
  assert.deepEqual(parse('data: {"a":1}\n\n').messages, [
    {id: '', event: 'message', data: '{"a":1}'},
  ]);
});

test('several data lines join with a newline', () => {
  assert.equal(parse('data: one\ndata: two\ndata\n\n').messages[0]?.data, 'one\ntwo\n');
});

test('event and id fields are reported; the id persists to later messages', () => {
  const {messages, parser} = parse('id: 7\nevent: credits.changed\ndata: x\n\ndata: y\n\n');
  assert.deepEqual(messages, [
    {id: '7', event: 'credits.changed', data: 'x'},
    {id: '7', event: 'message', data: 'y'},
  ]);
  assert.equal(parser.lastEventId, '7');
});

test('an id without data still moves lastEventId, and dispatches nothing', () => {
  const {messages, parser} = parse('id: 9\n\n');
  assert.deepEqual(messages, []);
  assert.equal(parser.lastEventId, '9');
});

test('an id containing NUL is ignored', () => {
  assert.equal(parse('id: 1\n\nid: a\0b\ndata: x\n\n').messages[0]?.id, '1');
});

test('CRLF, CR and LF all end lines, also when split across chunks', () => {
  const {messages} = parse('data: a\r', '\n\r', '\ndata: b\r\rdata: c\n', '\n');
  assert.deepEqual(
    messages.map((m) => m.data),
    ['a', 'b', 'c'],
  );
});

test('a message split at any byte is parsed the same', () => {
  const stream = 'id: 1\nevent: e\ndata: {"type":"credits.changed"}\n\n: ping\n\ndata: second\n\n';
  for (let cut = 0; cut <= stream.length; cut++) {
    const {messages} = parse(stream.slice(0, cut), stream.slice(cut));
    assert.deepEqual(
      messages.map((m) => m.data),
      ['{"type":"credits.changed"}', 'second'],
      `cut at ${cut}`,
    );
  }
});

test('comments are ignored and an unterminated message is not dispatched', () => {
  assert.deepEqual(parse(': keep-alive\n\ndata: half').messages, []);
});

test('only one leading space after the colon is dropped', () => {
  assert.equal(parse('data:  two spaces\n\n').messages[0]?.data, ' two spaces');
  assert.equal(parse('data:none\n\n').messages[0]?.data, 'none');
});

test('retry takes digits only', () => {
  assert.deepEqual(parse('retry: 2500\n\nretry: 1.5\n\nretry: soon\n\n').retries, [2500]);
});

test('a leading byte-order mark is dropped', () => {
  assert.equal(parse('\uFEFFdata: x\n\n').messages[0]?.data, 'x');
});

test('unknown fields are ignored', () => {
  assert.deepEqual(parse('foo: bar\ndata: x\n\n').messages, [
    {id: '', event: 'message', data: 'x'},
  ]);
});
