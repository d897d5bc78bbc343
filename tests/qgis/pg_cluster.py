"""A throwaway PostgreSQL + PostGIS cluster for the tests: initdb in a temporary folder, started on a
free port with trust authentication on 127.0.0.1 only, removed by stop()."""
import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Optional


def _bin(tool: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{tool}"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise RuntimeError(f"{tool} not found under /usr/lib/postgresql/*/bin: run `make deps` "
                           "(Debian packages postgresql and postgresql-postgis).")
    return found[-1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Cluster:
    DATABASE = "ess"

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.data = self.folder / "data"
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        self._schemas = itertools.count(1)
        self.started = False

    def _run(self, *command):
        if self.as_root:
            command = ("runuser", "-u", "postgres", "--") + command
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd="/", text=True,
                              check=False)
        if done.returncode:
            raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}")

    def start(self):
        if self.as_root:
            shutil.chown(self.folder, "postgres", "postgres")
        self._run(_bin("initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        self._run(_bin("pg_ctl"), "-D", str(self.data), "-w", "-l", str(self.folder / "log"), "-o",
                  f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
        self.started = True
        self.sql("postgres", f"CREATE DATABASE {self.DATABASE}")
        self.sql(self.DATABASE, "CREATE EXTENSION postgis")

    def sql(self, database: str, statement: str):
        import psycopg2

        connection = psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=database)
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                cursor.execute(statement)
                return cursor.fetchall() if cursor.description else None
        finally:
            connection.close()

    def add_password_role(self, name: str, password: str):
        """A member of the team, who must give its password (scram-sha-256 from 127.0.0.1): allowed to
        create schemas, and to share QGIS's public.layer_styles as the README asks the administrator."""
        self.sql("postgres", f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
        for grant in (f"GRANT CREATE ON DATABASE {self.DATABASE} TO {name}",
                      f"GRANT CREATE ON SCHEMA public TO {name}",
                      f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {name}",
                      f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {name}",
                      f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES "
                      f"TO {name}",
                      f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO {name}"):
            self.sql(self.DATABASE, grant)
        hba = self.data / "pg_hba.conf"  # first matching line wins: before the trust lines
        hba.write_text(f"host all {name} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        self.sql("postgres", "SELECT pg_reload_conf()")

    @property
    def prefix(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{self.DATABASE}"

    def new_location(self, schema: Optional[str] = None) -> str:
        return f"{self.prefix}?schema={schema or f'etude_{next(self._schemas)}'}"

    def stop(self):
        if self.started:
            self._run(_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.started = False
        shutil.rmtree(self.folder, ignore_errors=True)


@contextlib.contextmanager
def throwaway(prefix: str = "ess-territoires-pg-"):
    """A started cluster in a new temporary folder (not under pytest's own, which is private to the
    user running the tests), stopped and removed on the way out."""
    cluster = Cluster(tempfile.mkdtemp(prefix=prefix))
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
