# except* and groups with user exception classes; notes on user exceptions.
class AppError(Exception):
    pass


class DbError(AppError):
    def __init__(self, table):
        super().__init__(f"table {table}")
        self.table = table


class NetError(AppError):
    pass


errors = [DbError("users"), NetError("timeout"), DbError("orders"), ValueError("plain")]
errors[1].add_note("retried 3 times")
print(errors[1].__notes__)
group = ExceptionGroup("batch", errors)
print(repr(group.subgroup(DbError)))
print([e.table for e in group.subgroup(lambda e: isinstance(e, DbError) and e.table != "users").exceptions])
try:
    raise group
except* DbError as e:
    print("db:", [x.table for x in e.exceptions])
except* AppError as e:
    print("app:", repr(e.exceptions[0]), e.exceptions[0].__notes__)
except* Exception as e:
    print("rest:", repr(e))


def handler():
    try:
        raise ExceptionGroup("io", [NetError("a"), NetError("b")])
    except* NetError as e:
        raise AppError("wrapped") from e


try:
    handler()
except AppError as e:
    print(type(e).__name__, e, repr(e.__cause__))
