// The Notes toolbar's Import/export menu: a button and a menu of grouped actions, used like a
// desktop menu (↓ or Enter opens it, arrows walk it, Escape or a click elsewhere closes it).
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Icon } from '../frame/Icon';

export interface MenuItem {
  id: string;
  label: string;
  /** A second line saying what the action takes or gives. */
  detail?: string;
  run: () => void;
}

export interface MenuGroup {
  id: string;
  label: string;
  items: MenuItem[];
}

interface Props {
  label: ReactNode;
  menuLabel: string;
  groups: MenuGroup[];
  busy: boolean;
}

export function InterchangeMenu({ label, menuLabel, groups, busy }: Props) {
  const [open, setOpen] = useState(false);
  const [alignEnd, setAlignEnd] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  // Opens under the button, flipped to its right edge when it would leave the window.
  useLayoutEffect(() => {
    if (!open || !menu.current) return;
    const box = menu.current.getBoundingClientRect();
    if (box.right > window.innerWidth - 8) setAlignEnd(true);
    items()[0]?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const outside = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => list[(i + list.length) % list.length]?.focus();
    switch (e.key) {
      case 'ArrowDown': focus(at + 1); break;
      case 'ArrowUp': focus(at - 1); break;
      case 'Home': focus(0); break;
      case 'End': focus(list.length - 1); break;
      case 'Escape': close(true); break;
      case 'Tab': close(false); return;
      default: return;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="io-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-busy={busy}
        data-testid="io-menu"
        onClick={() => {
          setAlignEnd(false);
          setOpen((o) => !o);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setAlignEnd(false);
            setOpen(true);
          }
        }}
      >
        {label} <Icon name="chevron-down" size={14} />
      </button>
      {open && (
        <div ref={menu} className={`io-menu-list${alignEnd ? ' end' : ''}`} role="menu" aria-label={menuLabel} data-testid="io-menu-list" onKeyDown={onMenuKey}>
          {groups.map((group) => (
            <div key={group.id} role="group" aria-labelledby={`io-group-${group.id}`} className="io-menu-group">
              <div id={`io-group-${group.id}`} className="io-menu-heading" role="presentation">{group.label}</div>
              {group.items.map((item) => (
                <button
                  key={item.id}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className="io-menu-item"
                  data-testid={`io-${item.id}`}
                  // The pointer moves the focus, so the keyboard and the mouse never highlight two items.
                  onMouseMove={(e) => e.currentTarget.focus()}
                  onClick={() => {
                    close(true);
                    item.run();
                  }}
                >
                  <span>{item.label}</span>
                  {item.detail && <span className="io-menu-detail">{item.detail}</span>}
                </button>
              ))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
