# Abstract properties and class methods, and completing a class later.
from abc import ABC, abstractmethod, update_abstractmethods


class Vehicle(ABC):
    @property
    @abstractmethod
    def wheels(self):
        ...

    @classmethod
    @abstractmethod
    def kind(cls):
        ...

    def summary(self):
        return f'{self.kind()} with {self.wheels} wheels'


class Bike(Vehicle):
    @property
    def wheels(self):
        return 2

    @classmethod
    def kind(cls):
        return 'bike'


print(Bike().summary(), sorted(Vehicle.__abstractmethods__))
try:
    Vehicle()
except TypeError as e:
    print('TypeError:', e)


class Car(Vehicle):
    @classmethod
    def kind(cls):
        return 'car'


try:
    Car()
except TypeError as e:
    print('TypeError:', e)
Car.wheels = property(lambda self: 4)
update_abstractmethods(Car)
print(Car().summary(), Car.__abstractmethods__)
