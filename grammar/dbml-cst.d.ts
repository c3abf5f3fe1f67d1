import type { CstNode, ICstVisitor, IToken } from "chevrotain";

export interface ProgramCstNode extends CstNode {
  name: "program";
  children: ProgramCstChildren;
}

export type ProgramCstChildren = {
  Newline?: IToken[];
  useDecl?: UseDeclCstNode[];
  element?: ElementCstNode[];
};

export interface UseDeclCstNode extends CstNode {
  name: "useDecl";
  children: UseDeclCstChildren;
}

export type UseDeclCstChildren = {
  keyword: IToken[];
  Star?: IToken[];
  block?: BlockCstNode[];
  from: IToken[];
  path: IToken[];
};

export interface ElementCstNode extends CstNode {
  name: "element";
  children: ElementCstChildren;
}

export type ElementCstChildren = {
  parts: PartsCstNode[];
  settings?: SettingsCstNode[];
  Newline?: IToken[];
  block?: BlockCstNode[];
  simpleBody?: SimpleBodyCstNode[];
};

export interface MemberCstNode extends CstNode {
  name: "member";
  children: MemberCstChildren;
}

export type MemberCstChildren = {
  parts: PartsCstNode[];
  settings?: SettingsCstNode[];
  trailing?: PartsCstNode[];
  block?: BlockCstNode[];
  simpleBody?: SimpleBodyCstNode[];
};

export interface BlockCstNode extends CstNode {
  name: "block";
  children: BlockCstChildren;
}

export type BlockCstChildren = {
  LBrace: IToken[];
  Newline?: IToken[];
  member?: MemberCstNode[];
  RBrace: IToken[];
};

export interface SimpleBodyCstNode extends CstNode {
  name: "simpleBody";
  children: SimpleBodyCstChildren;
}

export type SimpleBodyCstChildren = {
  Colon: IToken[];
  Newline?: IToken[];
  parts: PartsCstNode[];
  settings?: SettingsCstNode[];
};

export interface PartsCstNode extends CstNode {
  name: "parts";
  children: PartsCstChildren;
}

export type PartsCstChildren = {
  part: PartCstNode[];
};

export interface PartCstNode extends CstNode {
  name: "part";
  children: PartCstChildren;
}

export type PartCstChildren = {
  expression?: ExpressionCstNode[];
  Comma?: IToken[];
};

export interface SettingsCstNode extends CstNode {
  name: "settings";
  children: SettingsCstChildren;
}

export type SettingsCstChildren = {
  LBracket: IToken[];
  attribute?: (AttributeCstNode)[];
  Comma?: IToken[];
  RBracket: IToken[];
};

export interface AttributeCstNode extends CstNode {
  name: "attribute";
  children: AttributeCstChildren;
}

export type AttributeCstChildren = {
  name?: ExpressionCstNode[];
  attributeValue?: (AttributeValueCstNode)[];
};

export interface AttributeValueCstNode extends CstNode {
  name: "attributeValue";
  children: AttributeValueCstChildren;
}

export type AttributeValueCstChildren = {
  Colon: IToken[];
  expression?: (ExpressionCstNode)[];
};

export interface ExpressionCstNode extends CstNode {
  name: "expression";
  children: ExpressionCstChildren;
}

export type ExpressionCstChildren = {
  unary: (UnaryCstNode)[];
  Operator?: IToken[];
};

export interface UnaryCstNode extends CstNode {
  name: "unary";
  children: UnaryCstChildren;
}

export type UnaryCstChildren = {
  prefix?: IToken[];
  postfix: PostfixCstNode[];
};

export interface PostfixCstNode extends CstNode {
  name: "postfix";
  children: PostfixCstChildren;
}

export type PostfixCstChildren = {
  primary: PrimaryCstNode[];
  suffix?: SuffixCstNode[];
};

export interface SuffixCstNode extends CstNode {
  name: "suffix";
  children: SuffixCstChildren;
}

export type SuffixCstChildren = {
  Dot?: IToken[];
  primary?: PrimaryCstNode[];
  tuple?: TupleCstNode[];
  LBracket?: IToken[];
  expression?: ExpressionCstNode[];
  RBracket?: IToken[];
};

export interface PrimaryCstNode extends CstNode {
  name: "primary";
  children: PrimaryCstChildren;
}

export type PrimaryCstChildren = {
  Identifier?: IToken[];
  QuotedIdent?: IToken[];
  StringLiteral?: IToken[];
  TripleString?: IToken[];
  NumberLiteral?: IToken[];
  Backtick?: IToken[];
  ColorLiteral?: IToken[];
  Star?: IToken[];
  tuple?: TupleCstNode[];
};

export interface TupleCstNode extends CstNode {
  name: "tuple";
  children: TupleCstChildren;
}

export type TupleCstChildren = {
  LParen: IToken[];
  expression?: (ExpressionCstNode)[];
  Comma?: IToken[];
  RParen: IToken[];
};

export interface ICstNodeVisitor<IN, OUT> extends ICstVisitor<IN, OUT> {
  program(children: ProgramCstChildren, param?: IN): OUT;
  useDecl(children: UseDeclCstChildren, param?: IN): OUT;
  element(children: ElementCstChildren, param?: IN): OUT;
  member(children: MemberCstChildren, param?: IN): OUT;
  block(children: BlockCstChildren, param?: IN): OUT;
  simpleBody(children: SimpleBodyCstChildren, param?: IN): OUT;
  parts(children: PartsCstChildren, param?: IN): OUT;
  part(children: PartCstChildren, param?: IN): OUT;
  settings(children: SettingsCstChildren, param?: IN): OUT;
  attribute(children: AttributeCstChildren, param?: IN): OUT;
  attributeValue(children: AttributeValueCstChildren, param?: IN): OUT;
  expression(children: ExpressionCstChildren, param?: IN): OUT;
  unary(children: UnaryCstChildren, param?: IN): OUT;
  postfix(children: PostfixCstChildren, param?: IN): OUT;
  suffix(children: SuffixCstChildren, param?: IN): OUT;
  primary(children: PrimaryCstChildren, param?: IN): OUT;
  tuple(children: TupleCstChildren, param?: IN): OUT;
}
