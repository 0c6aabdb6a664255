# An exception raised several frames deep with the whole traceback printed.
def parse_record(line):
    name, age = line.split(",")
    return name.strip(), int(age)

def load(lines):
    out = []
    for ln in lines:
        out.append(parse_record(ln))
        print("loaded", out[-1])
    return out

def main():
    data = ["ann, 31", "bob, 27", "cyd, forty", "dee, 22"]
    people = load(data)
    print(people)

main()
