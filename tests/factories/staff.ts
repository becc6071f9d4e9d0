// Back-office accounts for tests, and signing in through the real form.
import type { Page } from '@playwright/test';
import type { StaffRole } from '../../lib/domain/vocabulary';
import { getSql } from '../../lib/db/client';
import type { StaffUser } from '../../lib/staff/types';
import { createStaffUser } from '../../lib/staff/users';

let counter = 0;

/** A new account in `departmentCode` with a unique username; returns the generated password too. */
export async function createStaff(departmentCode: string, role: StaffRole = 'reviewer', displayName?: string) {
  counter += 1;
  const username = `t${Date.now().toString(36)}${process.pid.toString(36)}${counter}`.slice(0, 40);
  return createStaffUser({ departmentCode, role, username, displayName: displayName ?? `测试${role === 'admin' ? '管理员' : '审核员'}${counter}` });
}

/** A new account as the session would see it (for calling the staff services directly). */
export async function createStaffUserOf(departmentCode: string, role: StaffRole): Promise<StaffUser> {
  const account = await createStaff(departmentCode, role);
  const [d] = await getSql()<{ id: number; name: string }[]>`select id, name_zh_cn as name from departments where code = ${departmentCode}`;
  return {
    id: account.id,
    username: account.username,
    displayName: account.username,
    role,
    departmentId: d!.id,
    departmentCode,
    departmentName: d!.name,
    sessionId: 'test',
  };
}

/** Signs in through /admin/sign-in and waits for the back-office home. */
export async function signInAs(page: Page, account: { username: string; password: string }): Promise<void> {
  await page.goto('/admin/sign-in');
  await page.getByLabel('用户名').fill(account.username);
  await page.getByLabel('密码').fill(account.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => url.pathname === '/admin' || (url.pathname.startsWith('/admin/') && !url.pathname.startsWith('/admin/sign-in')));
}
