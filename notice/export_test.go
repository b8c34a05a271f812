package notice

// Exported for the external tests, which load the real example pack.
var (
	WalkChecklist = walkChecklist
	NuvolaDate    = nuvolaDate
)
