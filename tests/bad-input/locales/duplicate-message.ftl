list-and = и ещё
