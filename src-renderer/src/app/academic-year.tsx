import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { academicYearLabel, academicYearOf, academicYearStart, localIsoDate } from '@contract/academic-year';

interface YearContextValue {
  year: string;
  setYear(year: string): void;
  options: string[];
}

const YearContext = createContext<YearContextValue | null>(null);

/** The academic year the screens show; it starts as the one that holds today's date. */
export function AcademicYearProvider({ children }: { children: ReactNode }) {
  const current = academicYearOf(localIsoDate(new Date()));
  const [year, setYear] = useState(current);
  const options = useMemo(() => {
    const start = academicYearStart(current);
    return Array.from({ length: 8 }, (_, i) => academicYearLabel(start + 1 - i));
  }, [current]);
  const value = useMemo(() => ({ year, setYear, options }), [year, options]);
  return <YearContext.Provider value={value}>{children}</YearContext.Provider>;
}

export function useAcademicYear(): YearContextValue {
  const value = useContext(YearContext);
  if (!value) throw new Error('useAcademicYear outside AcademicYearProvider');
  return value;
}
