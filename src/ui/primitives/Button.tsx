import type { ButtonHTMLAttributes } from 'react';

type Variant = 'default' | 'primary' | 'danger' | 'ghost';

const variants: Record<Variant, string> = {
  default: 'border border-slate-300 bg-surface text-slate-800 hover:bg-slate-100',
  primary: 'border border-blue-700 bg-blue-700 text-white hover:bg-blue-800',
  danger: 'border border-red-700 bg-red-700 text-white hover:bg-red-800',
  ghost: 'border border-transparent text-slate-700 hover:bg-slate-100',
};

export function Button({ variant = 'default', className = '', ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      type="button"
      className={`inline-flex items-center gap-1 rounded whitespace-nowrap px-2.5 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:cursor-not-allowed disabled:opacity-40 ${variants[variant]} ${className}`}
      {...props}
    />
  );
}
