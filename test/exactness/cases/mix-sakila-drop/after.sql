-- A sakila-like catalogue dropped whole (FK order).

