f'{x:{y z}}'
