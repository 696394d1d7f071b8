"""Google Authenticator's ``MigrationPayload`` protobuf message, defined in code (no protoc, no .proto file).

The schema (reverse-engineered by many projects, e.g. scito/extract_otp_secrets, dim13/otpauth)::

    message MigrationPayload {
      enum Algorithm { ALGORITHM_UNSPECIFIED = 0; SHA1 = 1; SHA256 = 2; SHA512 = 3; MD5 = 4; }
      enum DigitCount { DIGIT_COUNT_UNSPECIFIED = 0; SIX = 1; EIGHT = 2; }
      enum OtpType { OTP_TYPE_UNSPECIFIED = 0; HOTP = 1; TOTP = 2; }
      message OtpParameters {
        bytes secret = 1; string name = 2; string issuer = 3; Algorithm algorithm = 4;
        DigitCount digits = 5; OtpType type = 6; int64 counter = 7;
      }
      repeated OtpParameters otp_parameters = 1;
      int32 version = 2; int32 batch_size = 3; int32 batch_index = 4; int32 batch_id = 5;
    }

``name`` and ``issuer`` are declared ``bytes`` here (wire-compatible with ``string``) so that one name with
invalid UTF-8 spoils only its own entry instead of the whole payload. The enums are kept as plain ``int32``
fields for the same reason: an unknown value reaches the importer, which turns it into an EntryError. The
descriptor lives in a private pool so it can never clash with another copy of the schema in the process.
"""

from __future__ import annotations

from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

_F = descriptor_pb2.FieldDescriptorProto

ALGORITHMS = {0: "SHA1", 1: "SHA1", 2: "SHA256", 3: "SHA512", 4: "MD5"}
DIGITS = {0: 6, 1: 6, 2: 8}
HOTP, TOTP = 1, 2


def _field(message: descriptor_pb2.DescriptorProto, name: str, number: int, kind: int, **extra: object) -> None:
    message.field.add(name=name, number=number, type=kind, label=extra.pop("label", _F.LABEL_OPTIONAL), **extra)


def _file() -> descriptor_pb2.FileDescriptorProto:
    proto = descriptor_pb2.FileDescriptorProto(
        name="authenticator/google_migration.proto", package="authenticator.google_migration", syntax="proto3"
    )
    payload = proto.message_type.add(name="MigrationPayload")
    params = payload.nested_type.add(name="OtpParameters")
    _field(params, "secret", 1, _F.TYPE_BYTES)
    _field(params, "name", 2, _F.TYPE_BYTES)
    _field(params, "issuer", 3, _F.TYPE_BYTES)
    _field(params, "algorithm", 4, _F.TYPE_INT32)
    _field(params, "digits", 5, _F.TYPE_INT32)
    _field(params, "type", 6, _F.TYPE_INT32)
    _field(params, "counter", 7, _F.TYPE_INT64)
    _field(
        payload,
        "otp_parameters",
        1,
        _F.TYPE_MESSAGE,
        label=_F.LABEL_REPEATED,
        type_name=".authenticator.google_migration.MigrationPayload.OtpParameters",
    )
    _field(payload, "version", 2, _F.TYPE_INT32)
    _field(payload, "batch_size", 3, _F.TYPE_INT32)
    _field(payload, "batch_index", 4, _F.TYPE_INT32)
    _field(payload, "batch_id", 5, _F.TYPE_INT32)
    return proto


_POOL = descriptor_pool.DescriptorPool()
_POOL.Add(_file())

MigrationPayload = message_factory.GetMessageClass(
    _POOL.FindMessageTypeByName("authenticator.google_migration.MigrationPayload")
)
OtpParameters = MigrationPayload.OtpParameters
