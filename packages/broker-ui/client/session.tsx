import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { onUnauthorised, requestJson } from './api';

/** Who is looking: whether the broker checks credentials, and what these allow. */
export interface Session {
  authEnabled: boolean;
  /** The API role of the credentials (admin includes write), or 'none' when a token is needed. */
  scope: 'read' | 'write' | 'admin' | 'none';
}

interface SessionState {
  session?: Session;
  set(session: Session): void;
}

const SessionContext = createContext<SessionState>({ set: () => undefined });

/** The current session, and a way to replace it after login or logout. */
export const useSession = () => useContext(SessionContext);

/** True when write actions should be offered. */
export const canWrite = (session?: Session) => session?.scope === 'write' || session?.scope === 'admin';

/** Load the session once; any 401 later turns it into "logged out". */
export function SessionProvider({ children }: { children: preact.ComponentChildren }) {
  const [session, set] = useState<Session | undefined>(undefined);
  useEffect(() => {
    requestJson<Session>('/ui/api/session').then(set, () => set({ authEnabled: true, scope: 'none' }));
    return onUnauthorised(() => set({ authEnabled: true, scope: 'none' }));
  }, []);
  return <SessionContext.Provider value={{ session, set }}>{children}</SessionContext.Provider>;
}
