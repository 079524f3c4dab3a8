/** @jsxImportSource react */
import { Column, Row } from '@react-email/components';
import type { ReactNode } from 'react';

export type DetailRowProps = {
  label: string;
  children: ReactNode;
  /** Aligns both cells with the reading direction; email clients often ignore `dir` alone. */
  align: 'left' | 'right';
  emphasis?: boolean;
};

/** One label/value line of the receipt table. */
export function DetailRow({ label, children, align, emphasis = false }: DetailRowProps) {
  const weight = emphasis ? 700 : 400;
  return (
    <Row>
      <Column style={{ ...cell, textAlign: align, color: '#52525b', width: '55%' }}>{label}</Column>
      <Column style={{ ...cell, textAlign: align, fontWeight: weight }}>{children}</Column>
    </Row>
  );
}

const cell = { padding: '6px 0', fontSize: '15px', lineHeight: '22px', verticalAlign: 'top' };
