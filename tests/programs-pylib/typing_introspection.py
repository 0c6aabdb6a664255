# get_type_hints/get_origin/get_args over annotations, and how typing objects print.
from typing import (List, Dict, Optional, Union, Callable, Tuple, Any, Literal, get_type_hints,
                    get_origin, get_args, Annotated, TypeVar, Type, FrozenSet, Iterable)


class Config:
    name: str
    retries: int = 3
    tags: List[str]
    limits: Dict[str, Tuple[int, int]]
    hook: Optional[Callable[[str], bool]]


hints = get_type_hints(Config)
for key, hint in hints.items():
    print(key, hint, get_origin(hint), get_args(hint))
print(get_args(Callable[[int, str], bool]), get_origin(Callable[..., int]))
print(get_args(Annotated[int, 'meta']), get_origin(Literal['a']), get_args(Literal['a', 'b']))
print(Union[int, Union[str, None]], Union[int, int], Optional[Optional[int]])
print(Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])
T = TypeVar('T', bound=int)
print(T, T.__bound__, TypeVar('S', int, str).__constraints__, Type[T], FrozenSet[T])
print(List, Dict, Any, Iterable[Tuple[int, str]], Tuple[()])
for bad in [lambda: List[int, str], lambda: Union[()], lambda: isinstance(1, List[int])]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(isinstance([], List), issubclass(dict, Dict))
