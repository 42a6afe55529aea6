import '@mantine/tiptap/styles.css';
import { Input } from '@mantine/core';
import { RichTextEditor } from '@mantine/tiptap';
import Link from '@tiptap/extension-link';
import { useEditor, type JSONContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useTranslation } from 'react-i18next';
import type { NarrativeNode } from '../../../core/api/award.ts';

// A narrative written in the app like in a word processor: headings, paragraphs, bulleted and
// numbered lists, bold, italic, links. Stored as the editor's own JSON (editor.getJSON()), which
// the index PDF lays out; an empty text is null (the item has no narrative yet).

interface Props {
  value: NarrativeNode | null;
  onChange: (value: NarrativeNode | null) => void;
  label: string;
  description: string;
  error?: string | undefined;
  disabled?: boolean;
}

export function NarrativeEditor({ value, onChange, label, description, error, disabled = false }: Props) {
  const { t } = useTranslation();
  const editor = useEditor({
    extensions: [StarterKit.configure({ link: false, heading: { levels: [2, 3] } }), Link.configure({ openOnClick: false })],
    content: (value as JSONContent | null) ?? '',
    editable: !disabled,
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? null : (e.getJSON() as NarrativeNode)),
  });
  const w = (key: string) => t(`paritrana.editor.${key}`);
  return (
    <Input.Wrapper label={label} description={description} error={error}>
      <RichTextEditor
        editor={editor}
        mt={4}
        data-testid="narrative-editor"
        labels={{
          boldControlLabel: w('bold'), italicControlLabel: w('italic'), h2ControlLabel: w('h2'), h3ControlLabel: w('h3'), bulletListControlLabel: w('bullet'), orderedListControlLabel: w('ordered'),
          linkControlLabel: w('link'), unlinkControlLabel: w('unlink'), undoControlLabel: w('undo'), redoControlLabel: w('redo'),
          linkEditorInputLabel: w('linkAddress'), linkEditorInputPlaceholder: 'https://…', linkEditorExternalLink: w('linkNewWindow'), linkEditorInternalLink: w('linkSameWindow'), linkEditorSave: w('linkSave'),
        }}
      >
        {disabled ? null : (
          <RichTextEditor.Toolbar>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.H2 />
              <RichTextEditor.H3 />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Bold />
              <RichTextEditor.Italic />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.BulletList />
              <RichTextEditor.OrderedList />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Link />
              <RichTextEditor.Unlink />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Undo />
              <RichTextEditor.Redo />
            </RichTextEditor.ControlsGroup>
          </RichTextEditor.Toolbar>
        )}
        <RichTextEditor.Content mih={160} />
      </RichTextEditor>
    </Input.Wrapper>
  );
}
