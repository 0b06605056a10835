// HTML → the node list the extractor reads, straight from htmlparser2's callbacks (the parser cheerio uses, with the
// same options). Nodes are built once, in document order, with their parent indices: no domhandler tree with
// sibling links and source positions, no cheerio wrapper, and no second walk to flatten the tree. The tree built is
// the one domhandler builds (adjacent text merged, script/style typed, comments and directives kept as nodes).
import { Parser, type Handler } from 'htmlparser2';
import type { DNode } from './dom.js';
import { FastTokenizer, fastTokenizerPasses } from './tokenizer.js';

/** The parsed page: the root and every other node in document order with its parent's index (-1: the root). */
export interface FlatDoc {
  root: DNode;
  nodes: DNode[];
  parents: number[];
}

// the tokenizer: htmlparser2's, with its per-character loops over text and attribute values skipped (tokenizer.ts)
let parserOptions: ConstructorParameters<typeof Parser>[1] | null = null;
/** The options, made at the first parse (the tokenizer's check runs then, not when a worker loads). */
function options(): ConstructorParameters<typeof Parser>[1] {
  return (parserOptions ??= {
    xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true,
    Tokenizer: fastTokenizerPasses() ? FastTokenizer : undefined,
  });
}

const HIDDEN_STYLE = /(?:^|;)\s{0,3}(?:display\s{0,3}:\s{0,3}none|visibility\s{0,3}:\s{0,3}hidden)/iu;

function node(type: string, name: string | undefined, attribs: Record<string, string> | undefined, data: string | undefined,
  parent: DNode | null): DNode {
  return {
    type, name, attribs, children: type === 'text' || type === 'comment' || type === 'directive' ? undefined : [], parent, data,
    cls: undefined, id: undefined, itemprop: undefined, role: undefined, hidden: false,
  };
}

export function parseFlat(html: string): FlatDoc {
  const root = node('root', undefined, undefined, undefined, null);
  const nodes: DNode[] = [];
  const parents: number[] = [];
  const stack: DNode[] = [root];
  const istack: number[] = [-1];
  let last: DNode | null = null; // the text or comment node that the next text or comment chunk extends
  const add = (n: DNode): void => {
    const p = stack[stack.length - 1]!;
    n.parent = p;
    p.children!.push(n);
    nodes.push(n);
    parents.push(istack[istack.length - 1]!);
  };
  // The attributes of the tag being opened that the extractor reads everywhere (the first occurrence of each).
  let cls: string | undefined;
  let id: string | undefined;
  let itemprop: string | undefined;
  let role: string | undefined;
  let style: string | undefined;
  let aria: string | undefined;
  let hiddenAttr = false;
  const handler: Partial<Handler> = {
    onopentagname() {
      cls = id = itemprop = role = style = aria = undefined;
      hiddenAttr = false;
    },
    onattribute(name, value) {
      switch (name) {
        case 'class': cls ??= value; break;
        case 'id': id ??= value; break;
        case 'itemprop': itemprop ??= value; break;
        case 'role': role ??= value; break;
        case 'style': style ??= value; break;
        case 'aria-hidden': aria ??= value; break;
        case 'hidden': hiddenAttr = true; break;
        default:
      }
    },
    onopentag(name, attribs) {
      last = null;
      const n = node(name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag', name, attribs, undefined, null);
      n.cls = cls;
      n.id = id;
      n.itemprop = itemprop;
      n.role = role;
      n.hidden = hiddenAttr || aria === 'true' || (!!style && HIDDEN_STYLE.test(style));
      add(n);
      stack.push(n);
      istack.push(nodes.length - 1);
    },
    onclosetag() {
      last = null;
      if (stack.length > 1) {
        stack.pop();
        istack.pop();
      }
    },
    ontext(data) {
      if (last && last.type === 'text') {
        last.data += data;
        return;
      }
      last = node('text', undefined, undefined, data, null);
      add(last);
    },
    oncomment(data) {
      if (last && last.type === 'comment') {
        last.data += data;
        return;
      }
      last = node('comment', undefined, undefined, data, null);
      add(last);
    },
    oncommentend() {
      last = null;
    },
    oncdatastart() {
      const c = node('cdata', undefined, undefined, undefined, null);
      add(c);
      stack.push(c);
      istack.push(nodes.length - 1);
      last = null;
    },
    oncdataend() {
      last = null;
      stack.pop();
      istack.pop();
    },
    onprocessinginstruction(name, data) {
      add(node('directive', name, undefined, data, null));
    },
  };
  const parser = new Parser(handler, options());
  parser.end(html);
  return { root, nodes, parents };
}
