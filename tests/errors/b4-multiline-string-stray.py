s  """first line
second line that is much longer than the first one"""
