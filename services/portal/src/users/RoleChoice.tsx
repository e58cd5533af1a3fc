import { roleLabel, sortRoles } from './roles.ts';

/** Checkboxes for the roles the caller may give (`me.grantableRoles`): a role it may not give is not offered. */
export function RoleChoice({
  legend,
  offered,
  chosen,
  onChange,
  invalid,
}: {
  legend: string;
  offered: readonly string[];
  chosen: readonly string[];
  onChange: (roles: string[]) => void;
  invalid?: boolean;
}) {
  const toggle = (role: string, on: boolean) =>
    onChange(on ? sortRoles([...chosen, role]) : chosen.filter((r) => r !== role));
  return (
    <fieldset className={invalid ? 'choices form-wide invalid' : 'choices form-wide'}>
      <legend>{legend}</legend>
      {sortRoles(offered).map((role) => (
        <label key={role}>
          <input
            type="checkbox"
            checked={chosen.includes(role)}
            onChange={(e) => toggle(role, e.target.checked)}
          />{' '}
          {roleLabel(role)}
        </label>
      ))}
    </fieldset>
  );
}
