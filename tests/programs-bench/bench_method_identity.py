"""Observer/event-bus code keyed by bound methods (equality and hashing of bound methods)."""


class Bus:
    def __init__(self):
        self.handlers = {}

    def subscribe(self, topic, handler):
        self.handlers.setdefault(topic, []).append(handler)

    def unsubscribe(self, topic, handler):
        self.handlers[topic].remove(handler)

    def publish(self, topic, payload):
        return [h(payload) for h in self.handlers.get(topic, [])]


class Counter:
    def __init__(self, name):
        self.name = name
        self.seen = 0

    def on_event(self, payload):
        self.seen += 1
        return f"{self.name}:{payload}"

    def other(self, payload):
        return payload


a, b = Counter("a"), Counter("b")
bus = Bus()
bus.subscribe("x", a.on_event)
bus.subscribe("x", b.on_event)
bus.subscribe("x", a.other)
print(bus.publish("x", 1))
bus.unsubscribe("x", a.on_event)
print(bus.publish("x", 2), a.seen, b.seen)
print(a.on_event == a.on_event, a.on_event != a.on_event, a.on_event == b.on_event, a.on_event == a.other)
print(hash(a.on_event) == hash(a.on_event), len({a.on_event, a.on_event, b.on_event}))
registry = {a.on_event: "a-handler", b.on_event: "b-handler"}
print(registry[a.on_event], registry.get(b.on_event), a.on_event in registry, a.other in registry)
lst = [1]
print(lst.append == lst.append, lst.append == [].append, {lst.append: 1}[lst.append])
print([a.on_event, b.on_event].index(b.on_event), [a.other].count(a.other))
