import type { ReactNode } from 'react';
import './pacer.css';

/** PACER central sign-on pages: blue header, white body. Drawn for this project. */
export function PacerLayout({ children }: { children: ReactNode }) {
  return (
    <div className="site-pacer">
      <div className="site-pacer-header">
        <svg className="site-pacer-mark" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
          <rect x="1" y="1" width="38" height="38" rx="7" fill="#ffffff" />
          <path d="M9 30V10h10a7 7 0 010 14h-10" fill="none" stroke="#0b4c8c" strokeWidth="4" strokeLinejoin="round" />
          <path d="M24 30h8" stroke="#d4a017" strokeWidth="4" strokeLinecap="round" />
        </svg>
        <p className="site-pacer-title">
          <span className="site-pacer-wordmark">PACER</span>
          <span className="site-pacer-tagline">Public Access to Court Electronic Records</span>
        </p>
      </div>
      <div className="site-pacer-body">{children}</div>
      <div className="site-pacer-footer">
        <p>PACER Service Center · (800) 676-6856 · A training mock-up, not the real PACER.</p>
      </div>
    </div>
  );
}
