// A tooltip for cells that repeat in every row: Mantine's Tooltip costs a floating-ui setup and a portal per
// instance when it mounts, so a table of hundreds of rows would pay for hundreds of tooltips nobody opens.
// This one draws only its target until the pointer first rests on it, then attaches a real Tooltip to it
// (by `target`, so the target itself is never re-mounted) and keeps it from then on.
import { Tooltip, type TooltipProps } from '@mantine/core';
import { cloneElement, useRef, useState, type ReactElement, type ReactNode, type Ref } from 'react';

type Target = ReactElement<{ ref?: Ref<HTMLElement>; onMouseEnter?: (e: unknown) => void }>;

export function LazyTooltip({ label, children, ...props }: Omit<TooltipProps, 'children' | 'target' | 'label'> & {
  /** What the tooltip says; a function is called only once the tooltip is needed. */
  label: ReactNode | (() => ReactNode);
  /** One element that accepts a ref and mouse handlers (a Mantine component or a DOM element). */
  children: Target;
}) {
  const ref = useRef<HTMLElement>(null);
  const [armed, setArmed] = useState(false);
  const target = cloneElement(children, {
    ref,
    onMouseEnter: armed
      ? children.props.onMouseEnter
      : (e: unknown) => {
          children.props.onMouseEnter?.(e);
          setArmed(true);
        },
  });
  // The same shape armed or not, so arming never re-mounts the target.
  return (
    <>
      {target}
      {/* Opened at once: the pointer that armed it is on the target; floating-ui closes it when it leaves. */}
      {armed ? <Tooltip {...props} label={typeof label === 'function' ? label() : label} target={ref} defaultOpened /> : null}
    </>
  );
}
