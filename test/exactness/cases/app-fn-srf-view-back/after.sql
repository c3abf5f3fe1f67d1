-- The set-returning function a view reads loses an output column and the view its last column: both are dropped and re-created.
CREATE TABLE projects (id integer PRIMARY KEY, name text NOT NULL, owner text NOT NULL, archived boolean NOT NULL DEFAULT false);
CREATE TABLE project_members (project_id integer NOT NULL REFERENCES projects, member text NOT NULL, PRIMARY KEY (project_id, member));
CREATE FUNCTION visible_projects(who text) RETURNS TABLE (project_id integer, role text) LANGUAGE sql STABLE AS $$
  SELECT id, 'owner' FROM projects WHERE owner = who
  UNION ALL
  SELECT project_id, 'member' FROM project_members WHERE member = who
$$;
CREATE VIEW my_projects AS
  SELECT p.id, p.name, v.role FROM visible_projects(current_user) v JOIN projects p ON p.id = v.project_id WHERE NOT p.archived;
