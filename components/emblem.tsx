// A plain gold star on red: recognisably official without copying the police insignia.
export function Emblem({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 40 40" aria-hidden="true" focusable="false" className={className}>
      <circle cx="20" cy="20" r="19" fill="#b3261e" stroke="#f2c230" strokeWidth="2" />
      <polygon
        fill="#f2c230"
        points="20,7 23.1,16.2 32.8,16.3 25,22.1 27.9,31.4 20,25.8 12.1,31.4 15,22.1 7.2,16.3 16.9,16.2"
      />
    </svg>
  );
}
