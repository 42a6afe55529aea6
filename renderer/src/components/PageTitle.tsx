import { Title, type TitleProps } from '@mantine/core';

/**
 * A page's title: the page's one h1 (the shell's app name is no heading), in the size page titles
 * have always had (an h2's). The page's sections are h2 under it, each in its own smaller size.
 */
export function PageTitle(props: Omit<TitleProps, 'order' | 'size'>) {
  return <Title order={1} size="h2" {...props} />;
}
