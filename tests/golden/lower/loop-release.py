# A loop over a call's iterator releases it (release_iter) where it is left early: at break,
# at return, and in the handler an exception leaving the loop lands in. A loop over a name
# or over range() is not a region and releases nothing.
def first(items):
    for x in make(items):
        if x:
            return x
        if x is None:
            break
    for y in items:
        continue
    return None


# next() may leave its temporary generator suspended: released when the call returns.
def head(items):
    return next(x for x in items)


# A local that only next() reads is its generator's last reference: released at each return
# after its assignment, and at the end of the body.
def local(items, flag):
    g = make(items)
    first = next(g)
    if flag:
        return first
    print(first)
