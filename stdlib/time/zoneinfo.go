// zoneinfo.go — Location: tgo's time zones are fixed offsets.  Local is
// UTC (tgo does not read the zone database; Go's Local is UTC too when
// /etc/localtime says so and TZ is unset, as on most build machines).

package time

import "errors"

// A Location maps time instants to the zone in use at that time.
type Location struct {
	name   string
	zone   string // abbreviation, e.g. "UTC"
	offset int    // seconds east of UTC
}

var utcLoc = Location{name: "UTC", zone: "UTC"}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

var localLoc = Location{name: "Local", zone: "UTC"}

// Local represents the system's local time zone.
var Local *Location = &localLoc

// String returns a descriptive name for the time zone information,
// corresponding to the name argument to LoadLocation or FixedZone.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// LoadLocation returns the Location with the given name: "" and "UTC" give
// UTC, "Local" gives Local; tgo has no zone database for other names.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}
