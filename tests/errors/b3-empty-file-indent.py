

    
  x
