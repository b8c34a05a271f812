package register

// DataCategory returns the catalog entry with id, and false when none.
func (r *Register) DataCategory(id string) (DataCategory, bool) {
	return find(r.DataCategories, id, func(c DataCategory) string { return c.ID })
}

// DataSubject returns the catalog entry with id, and false when none.
func (r *Register) DataSubject(id string) (DataSubjectCategory, bool) {
	return find(r.DataSubjects, id, func(c DataSubjectCategory) string { return c.ID })
}

// Recipient returns the catalog entry with id, and false when none.
func (r *Register) Recipient(id string) (Recipient, bool) {
	return find(r.Recipients, id, func(c Recipient) string { return c.ID })
}

// System returns the catalog entry with id, and false when none.
func (r *Register) System(id string) (System, bool) {
	return find(r.Systems, id, func(c System) string { return c.ID })
}

// Activity returns the activity with id, and false when none.
func (r *Register) Activity(id string) (*Activity, bool) {
	for i := range r.Activities {
		if r.Activities[i].ID == id {
			return &r.Activities[i], true
		}
	}
	return nil, false
}

func find[T any](list []T, id string, key func(T) string) (T, bool) {
	for _, x := range list {
		if key(x) == id {
			return x, true
		}
	}
	var zero T
	return zero, false
}

// HasSpecial reports whether the activity processes an Art. 9(1) category.
func (r *Register) HasSpecial(a *Activity) bool {
	for _, id := range a.DataCategories {
		if c, ok := r.DataCategory(id); ok && c.Special {
			return true
		}
	}
	return false
}

// HasCriminal reports whether the activity processes Art. 10 data.
func (r *Register) HasCriminal(a *Activity) bool {
	for _, id := range a.DataCategories {
		if c, ok := r.DataCategory(id); ok && c.Criminal {
			return true
		}
	}
	return false
}

// Concerns reports whether the activity processes data of the data-subject
// category with id.
func (a *Activity) Concerns(subject string) bool {
	for _, s := range a.DataSubjects {
		if s == subject {
			return true
		}
	}
	return false
}
