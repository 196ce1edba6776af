/**
 * Session: who is running the code. The active user's address may be '' when Apps Script will not
 * reveal it (outside one Workspace domain, in simple triggers); the runtime's activeUser models it.
 * In AuthMode.NONE only the locale is available.
 * https://developers.google.com/apps-script/reference/base/session
 */
import { createHash } from 'node:crypto';
import { ANY, enter, type ServiceContext } from './access';
import { identity } from './execution';

export class User {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly email: string,
  ) {}

  getEmail(): string {
    enter(this.ctx, 'User.getEmail', ANY);
    return this.email;
  }

  toString(): string {
    return this.email;
  }
}

export class Session {
  constructor(private readonly ctx: ServiceContext) {}

  getActiveUser(): User {
    enter(this.ctx, 'Session.getActiveUser');
    return new User(this.ctx, this.ctx.rt.activeUser);
  }

  getEffectiveUser(): User {
    enter(this.ctx, 'Session.getEffectiveUser');
    return new User(this.ctx, this.ctx.rt.effectiveUser);
  }

  getActiveUserLocale(): string {
    enter(this.ctx, 'Session.getActiveUserLocale', ANY);
    return this.ctx.rt.locale;
  }

  getScriptTimeZone(): string {
    enter(this.ctx, 'Session.getScriptTimeZone', ANY);
    return this.ctx.rt.scriptTimeZone;
  }

  /** Stable per user and script, and says nothing about who the user is. */
  getTemporaryActiveUserKey(): string {
    enter(this.ctx, 'Session.getTemporaryActiveUserKey');
    return createHash('sha256')
      .update(`temporary-key:${identity(this.ctx.rt)}`)
      .digest('base64url');
  }
}
