/** The frame of each part of the plan page: a titled region whose heading takes focus from the section links. */
import type { ReactNode } from 'react';
import type { Plan } from '../../../core/planner/schema';

export type ChangePlan = (update: (plan: Plan) => Plan) => void;

export function PlanSection({ id, title, lead, children }: { id: string; title: string; lead?: string; children: ReactNode }) {
  return (
    <section id={id} className="planner-section" aria-labelledby={`${id}-judul`}>
      <h2 id={`${id}-judul`} tabIndex={-1}>
        {title}
      </h2>
      {lead ? <p className="planner-lead">{lead}</p> : null}
      {children}
    </section>
  );
}
