match event:
    case Click(position=(x, y)) as click if x > 0:
        pass
    case KeyPress(key="q") | KeyPress(key="Q") as quit:
        pass
    case [1, 2] as pair:
        pass
    case (1 | 2 | 3) as small if small != 2:
        pass
    case _ if fallback:
        pass
