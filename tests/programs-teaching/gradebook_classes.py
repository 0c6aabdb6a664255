# An object-oriented gradebook: classes, properties, class/static methods, dunder methods, sorting, reports
from statistics import mean, median, stdev
from functools import total_ordering


class GradeError(ValueError):
    pass


@total_ordering
class Student:
    school = "Springfield High"
    _next_id = 1000

    def __init__(self, first, last, grades=None):
        self.first = first
        self.last = last
        self.grades = dict(grades or {})
        self.id = Student._next_id
        Student._next_id += 1

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def average(self):
        return mean(self.grades.values()) if self.grades else 0.0

    @property
    def letter(self):
        return Student.letter_for(self.average)

    @staticmethod
    def letter_for(score):
        for cutoff, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
            if score >= cutoff:
                return letter
        return "F"

    @classmethod
    def from_csv(cls, line):
        first, last, *scores = line.split(",")
        subjects = ("math", "science", "english", "history")
        return cls(first.strip(), last.strip(), {s: int(x) for s, x in zip(subjects, scores) if x.strip()})

    def add_grade(self, subject, score):
        if not 0 <= score <= 100:
            raise GradeError(f"invalid score {score} for {subject}")
        self.grades[subject] = score

    def __eq__(self, other):
        return NotImplemented if not isinstance(other, Student) else (self.average, self.last) == (other.average, other.last)

    def __lt__(self, other):
        return (self.average, self.last) < (other.average, other.last)

    def __hash__(self):
        return hash(self.id)

    def __repr__(self):
        return f"Student({self.first!r}, {self.last!r}, {self.grades!r})"

    def __str__(self):
        return f"{self.name} ({self.letter}, {self.average:.1f})"


class Course:
    def __init__(self, title):
        self.title = title
        self.students = []

    def enroll(self, *students):
        self.students.extend(students)
        return self

    def __len__(self):
        return len(self.students)

    def __iter__(self):
        return iter(sorted(self.students, reverse=True))

    def __getitem__(self, name):
        for s in self.students:
            if s.last == name:
                return s
        raise KeyError(name)

    def __contains__(self, student):
        return student in self.students

    def subject_stats(self, subject):
        scores = [s.grades[subject] for s in self.students if subject in s.grades]
        return {"n": len(scores), "mean": round(mean(scores), 2), "median": median(scores), "stdev": round(stdev(scores), 2) if len(scores) > 1 else None}

    def report(self):
        width = max(len(s.name) for s in self.students)
        header = f"{'Name':<{width}} | {'ID':>4} | {'Math':>4} {'Sci':>4} {'Eng':>4} {'His':>4} | {'Avg':>6} | Gr"
        print(header)
        print("-" * len(header))
        for s in self:
            cells = " ".join(f"{s.grades.get(k, '-'):>4}" for k in ("math", "science", "english", "history"))
            print(f"{s.name:<{width}} | {s.id:>4} | {cells} | {s.average:6.2f} | {s.letter}")


rows = """Ada, Lovelace, 98, 95, 88, 91
Alan, Turing, 100, 90, , 85
Grace, Hopper, 85, 92, 79, 88
Linus, Torvalds, 72, 65, 81, 70
Guido, van Rossum, 90, 88, 94, 61
Bart, Simpson, 45, 52, 60, 38"""
course = Course("CS101").enroll(*(Student.from_csv(r) for r in rows.splitlines()))
course.report()
print(len(course), course["Hopper"], repr(course["Turing"]), course["Hopper"] in course)
try:
    course["Nobody"]
except KeyError as e:
    print("KeyError:", e)
try:
    course["Simpson"].add_grade("art", 120)
except GradeError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
course["Simpson"].add_grade("art", 99)
print(course["Simpson"], sorted(course["Simpson"].grades))
for subject in ("math", "english", "art"):
    print(subject, course.subject_stats(subject))
print([str(s) for s in sorted(course.students)[:3]])
print(max(course.students), min(course.students), course["Hopper"] > course["Torvalds"], course["Hopper"] <= course["Hopper"])
by_letter = {}
for s in course.students:
    by_letter.setdefault(s.letter, []).append(s.last)
print(dict(sorted(by_letter.items())), Student.school, course.students[0].school, Student.letter_for(59.99))
honor = {s for s in course.students if s.average >= 85}
print(sorted(s.last for s in honor), len({course["Hopper"], course["Hopper"]}))
print(vars(course["Turing"]), hasattr(Student, "average"), type(Student.average).__name__, Student.name.fget(course["Turing"]))
