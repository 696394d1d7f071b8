"""A real two-factor web server for the end-to-end test: Flask-Security-Too with the "authenticator" method.

Run as ``python fs_app.py DB_PATH``: it serves on 127.0.0.1 on a free port and prints ``PORT <n>`` on its
first line of standard output, so the test knows where to connect; the test stops it by its PID. It runs in
its own process because Flask-Security's SQLAlchemy models are module-level classes that cannot be declared
twice in one interpreter, and because a real server in a real process is what the test is about.

One user exists from the start (:data:`EMAIL`, :data:`PASSWORD`); two-factor login is off until the test
turns it on through the web pages, exactly as a person would. Configuration follows
/work/shared/ENVIRONMENT.md ("A real 2FA web server for end-to-end tests").
"""

from __future__ import annotations

import sys

from flask import Flask
from flask_security import Security, SQLAlchemyUserDatastore, auth_required, hash_password
from flask_security.models import fsqla_v3 as fsqla
from flask_sqlalchemy import SQLAlchemy
from werkzeug.serving import make_server

EMAIL = "tester@example.org"
PASSWORD = "correct horse battery staple 42"
ISSUER = "Example Shop"
HOME_TEXT = "Signed in to the example shop"

db = SQLAlchemy()
fsqla.FsModels.set_db_info(db)


class Role(db.Model, fsqla.FsRoleMixin):  # type: ignore[name-defined, misc]
    pass


class User(db.Model, fsqla.FsUserMixin):  # type: ignore[name-defined, misc]
    pass


class WebAuthn(db.Model, fsqla.FsWebAuthnMixin):  # type: ignore[name-defined, misc]
    pass


def create_app(database: str) -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY="e2e-only-not-a-secret-0123456789abcdef",
        SECURITY_PASSWORD_SALT="e2e-only-salt",
        SQLALCHEMY_DATABASE_URI=f"sqlite:///{database}",
        SECURITY_TWO_FACTOR=True,
        SECURITY_TWO_FACTOR_ENABLED_METHODS=["authenticator"],
        SECURITY_TOTP_SECRETS={"1": "e2e-only-totp-key-0123456789abcdef"},
        SECURITY_TOTP_ISSUER=ISSUER,
        SECURITY_MULTI_FACTOR_RECOVERY_CODES=True,
        SECURITY_EMAIL_VALIDATOR_ARGS={"check_deliverability": False},
        SECURITY_TWO_FACTOR_RESCUE_EMAIL=False,
        SECURITY_PASSWORD_HASH="pbkdf2_sha512",  # fast enough for a test, still a real hash
    )
    security = Security(app, SQLAlchemyUserDatastore(db, User, Role))
    db.init_app(app)

    @app.route("/")
    @auth_required("session")
    def home() -> str:
        return f"<p>{HOME_TEXT}</p>"

    with app.app_context():
        db.create_all()
        if security.datastore.find_user(email=EMAIL) is None:
            security.datastore.create_user(email=EMAIL, password=hash_password(PASSWORD), active=True)
            db.session.commit()
    return app


def main(argv: list[str]) -> int:
    app = create_app(argv[1])
    server = make_server("127.0.0.1", 0, app, threaded=True)
    sys.stdout.write(f"PORT {server.server_port}\n")
    sys.stdout.flush()
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
