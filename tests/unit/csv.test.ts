import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from '../../src/formats/csv';

const fieldsOf = (text: string) => parseCsv(text).map((r) => r.fields);

describe('parseCsv', () => {
  it.each([
    ['plain fields', 'a,b,c\n1,2,3', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['quoted fields with delimiters', '"a,b",c', [['a,b', 'c']]],
    ['escaped quotes', '"say ""hi""",x', [['say "hi"', 'x']]],
    ['a field that is only an escaped quote', '""""', [['"']]],
    ['empty quoted field', '"",x', [['', 'x']]],
    ['empty fields', ',,\n', [['', '', '']]],
    ['newlines inside quotes', '"line 1\nline 2",x\ny,z', [['line 1\nline 2', 'x'], ['y', 'z']]],
    ['CRLF line ends', 'a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    ['CRLF inside quotes kept as written', '"1\r\n2",x\r\n', [['1\r\n2', 'x']]],
    ['lone CR line ends', 'a\rb', [['a'], ['b']]],
    ['a byte-order mark', '\uFEFFdate,text\n1,2', [['date', 'text'], ['1', '2']]],
    ['a trailing newline adds no row', 'a,b\n', [['a', 'b']]],
    ['no trailing newline', 'a,b', [['a', 'b']]],
    ['a blank line in the middle is one empty field', 'a\n\nb', [['a'], [''], ['b']]],
    ['ragged rows as they are', 'a,b,c\n1\n1,2,3,4', [['a', 'b', 'c'], ['1'], ['1', '2', '3', '4']]],
    ['whitespace kept', ' a , b ', [[' a ', ' b ']]],
    ['a quote inside an unquoted field is literal', 'say "hi",x', [['say "hi"', 'x']]],
    ['text after a closing quote is kept (lenient)', '"ab"c,d', [['abc', 'd']]],
    ['empty input', '', []],
    ['only a BOM', '\uFEFF', []],
    ['unicode', '"Café 👋",日本', [['Café 👋', '日本']]],
  ])('%s', (_name, input, expected) => {
    expect(fieldsOf(input)).toEqual(expected);
  });

  it('reports the line each row starts on, counting line breaks inside quotes', () => {
    const rows = parseCsv('h1,h2\r\n"multi\r\nline\nfield",x\r\nnext,row\n\nlast,row');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5, 6, 7]);
  });

  it('parses LinkedIn Shares.csv style commentary', () => {
    const csv =
      'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n' +
      '2026-07-20 10:25:25,https://www.linkedin.com/feed/update/1,"We are hiring!\n\nSay ""hello"" to our team.",,,MEMBER_NETWORK\n';
    const [header, row] = parseCsv(csv);
    expect(header.fields).toHaveLength(6);
    expect(row.fields[2]).toBe('We are hiring!\n\nSay "hello" to our team.');
    expect(row.fields[5]).toBe('MEMBER_NETWORK');
  });

  it('supports another delimiter', () => {
    expect(parseCsv('a;"b;c"', ';').map((r) => r.fields)).toEqual([['a', 'b;c']]);
  });

  it('throws a CsvError naming the line where an unterminated quote opened', () => {
    let caught: unknown;
    try {
      parseCsv('a,b\nc,"never closed\nmore');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CsvError);
    expect((caught as CsvError).line).toBe(2);
    expect((caught as CsvError).message).toMatch(/unterminated/);
  });

  it('parses a megabyte quickly', () => {
    const row = '2026-12-01,linkedin,"A ""quoted"" post, with a comma\nand a line break"\n';
    const text = 'date,platform,text\n' + row.repeat(Math.ceil(1_000_000 / row.length));
    const started = performance.now();
    const rows = parseCsv(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(rows).toHaveLength(1 + Math.ceil(1_000_000 / row.length));
    expect(rows.at(-1)!.fields[2]).toBe('A "quoted" post, with a comma\nand a line break');
  });
});
