// Every colour the UI uses comes from here, so NO_COLOR (https://no-color.org) is honoured in one place.
// Emphasis that is not colour (bold, inverse, markers) stays, so selection and focus remain visible without it.

/** Props spread onto Ink's <Text> for one role. */
export interface TextStyle {
  color?: string;
  backgroundColor?: string;
  bold?: boolean;
  dimColor?: boolean;
  inverse?: boolean;
  italic?: boolean;
}

/** The roles the UI draws with. */
export type ThemeRole =
  | 'title'
  | 'accent'
  | 'muted'
  | 'selected'
  | 'focus'
  | 'unread'
  | 'favourite'
  | 'highlight'
  | 'bar'
  | 'warning'
  | 'heading';

/** A role → style table. */
export type Theme = Record<ThemeRole, TextStyle>;

const COLOUR: Theme = {
  title: {bold: true, color: 'cyan'},
  accent: {color: 'cyan'},
  muted: {dimColor: true},
  selected: {inverse: true},
  focus: {bold: true, color: 'yellow'},
  unread: {bold: true, color: 'green'},
  favourite: {color: 'yellow'},
  highlight: {bold: true, color: 'black', backgroundColor: 'yellow'},
  bar: {color: 'blue'},
  warning: {bold: true, color: 'red'},
  heading: {bold: true, color: 'blue'},
};

const PLAIN: Theme = {
  title: {bold: true},
  accent: {},
  muted: {dimColor: true},
  selected: {inverse: true},
  focus: {bold: true},
  unread: {bold: true},
  favourite: {},
  highlight: {bold: true, inverse: true},
  bar: {},
  warning: {bold: true},
  heading: {bold: true},
};

/** The theme for an environment: plain when NO_COLOR is set to anything non-empty. */
export function themeFor(env: Record<string, string | undefined>): Theme {
  return env.NO_COLOR !== undefined && env.NO_COLOR !== '' ? PLAIN : COLOUR;
}

/** The theme of this process. */
export const theme: Theme = themeFor(process.env);
