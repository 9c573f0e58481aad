"""dev62 items: the Americas (the Darien Gap, Necoclí, the US-Mexico border, Venezuelans in
Colombia and Chile, Haitians deported or lost at sea, caravans in southern Mexico).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Record numbers cross the Darien Gap",
    "[[More than 520,000 people|displaced;a=Panama's migration service]] crossed the Darien jungle into Panama in {{2023}}, Panama's migration service said, [[about 113,000 of them|displaced;n=-;a=Panama's migration service]] children. "
    "Médecins Sans Frontières said it had treated [[676 people|injured;a=Médecins Sans Frontières]] for sexual violence on the route, which takes {{four to six days}} on foot. "
    "Venezuelans made up {{more than 60%}} of those crossing.",
)

F(
    "Migrants turn back south through Panama",
    "Panama's government said [[about 3,000 Venezuelans|returned;a=Panama's government]] had passed through the country heading home in {{February}}, many of them by boat from Miramar to Necoclí, after the United States shut its asylum system. "
    "Only [[408 people|displaced;a=Panama's government]] crossed the Darien northward that month, it said, against [[more than 37,000|displaced;a=Panama's government]] a year earlier.",
)

F(
    "Border Patrol apprehensions set record",
    "Border Patrol agents apprehended [[2.05 million migrants|arrested;v=2050000;a=agency data]] at the southwest border in {{fiscal 2022}}, according to agency data, up from [[1.66 million|arrested;a=agency data]] the year before. "
    "[[At least 853 migrants|killed]] died crossing, the deadliest year on record. "
    "The policy known as {{Title 42}} remained in force until {{May 11, 2023}}.",
)

F(
    "Migrants found dead in trailer in San Antonio",
    "[[Fifty migrants|killed;a=city officials]] were found dead in and around a tractor-trailer abandoned on the edge of San Antonio, city officials said, after temperatures reached {{39C}}. "
    "[[Sixteen|injured;a=city officials]] were taken to hospital with heatstroke, [[four of them|injured;n=-;a=city officials]] children. "
    "Federal prosecutors charged [[two men|arrested;a=Federal prosecutors]], who face up to {{life}} in prison.",
)

F(
    "Fire at Ciudad Juárez migration centre",
    "[[At least 39 migrants|killed;a=Mexico's National Migration Institute]] died and [[28|injured;a=Mexico's National Migration Institute]] were seriously injured when a fire broke out in a cell at a migration centre in Ciudad Juárez, Mexico's National Migration Institute said. "
    "The cell held [[68 men|arrested;a=the institute;alt=Mexico's National Migration Institute]] from Central and South America, the institute said. "
    "Video showed guards walking away as smoke filled the cell at {{9:30 p.m.}}",
)

F(
    "Colombia hosts nearly three million Venezuelans",
    "[[About 2.8 million Venezuelans|displaced;a=Migración Colombia]] live in Colombia, Migración Colombia said, of the [[7.7 million|displaced;a=the R4V platform]] who have left Venezuela, according to the {{R4V}} platform. "
    "Colombia has granted [[more than 1.9 million|displaced]] of them a {{10-year}} temporary protection permit.",
)

F(
    "Migrants stranded in Necoclí waiting for boats",
    "[[About 20,000 migrants|displaced;a=the mayor's office]] were stranded in the Colombian beach town of Necoclí, waiting for boats to Capurganá, the mayor's office said. "
    "The two boat companies carry [[up to 1,000 people a day|displaced]] across the Gulf of Urabá, for about {{$40}} each. "
    "The town has [[about 45,000 residents|civilians]].",
)

F(
    "Dominican Republic steps up deportations of Haitians",
    "The Dominican Republic deported [[more than 276,000 Haitians|returned;a=the migration directorate]] in {{2024}}, the migration directorate said, and promised to expel [[up to 10,000 a week|returned;p;a=the migration directorate]]. "
    "IOM said [[about 200 unaccompanied children|returned;a=IOM]] had been among those sent back in {{October}}.",
)

F(
    "Venezuelans flown home from the US",
    "[[One hundred and ninety Venezuelans|returned;a=Venezuela's interior minister]] arrived in Caracas on [[two flights|other;a=Venezuela's interior minister]] from Texas, Venezuela's interior minister said, the {{first}} deportation flights in months. "
    "A further [[175|returned;p;a=Venezuela's interior minister]] would arrive from Guantánamo Bay on {{Thursday}}, he said.",
)

F(
    "Caravan sets out from Tapachula",
    "[[About 3,000 migrants|displaced;a=organisers]] set out on foot from Tapachula toward the US border, organisers said, many of them Venezuelans and Hondurans who had waited months for papers. "
    "Mexico's National Guard deployed [[hundreds of agents|combatants]] along the highway, which runs {{about 40 kilometres}} to Huixtla.",
)

F(
    "Migrants camp under bridge in Del Rio",
    "[[About 15,000 migrants|displaced;a=the Border Patrol]], most of them Haitians, were camped under the international bridge at Del Rio, Texas, the Border Patrol said. "
    "Within {{10 days}}, the United States flew [[more than 2,000|returned]] to Port-au-Prince on [[17 flights|other]], and [[about 8,000|other]] went back to Mexico.",
)

F(
    "Bodies recovered from Rio Grande near buoy barrier",
    "Texas officials said [[two bodies|killed;a=Texas officials]] had been found in the Rio Grande near Eagle Pass, [[one of them|killed;n=-;a=Texas officials]] caught in the {{1,000-foot}} string of buoys the state laid in the river. "
    "The Mexican foreign ministry said [[one|killed;a=The Mexican foreign ministry]] was a Honduran man.",
)

F(
    "Haitians die off Turks and Caicos",
    "[[At least 17 Haitians|killed;a=police]] died when an overloaded sloop capsized off Providenciales, police said, and [[25|other;a=police]] were rescued. "
    "The boat had left northern Haiti {{three days}} earlier carrying [[about 60 people|displaced]].",
)

F(
    "Venezuelans stranded at Chile-Peru border",
    "[[Hundreds of Venezuelans|displaced;a=Peruvian officials]] were stranded at the Chacalluta crossing between Chile and Peru, Peruvian officials said, after Lima declared an emergency and sent [[about 600 soldiers|combatants;a=Peruvian officials]] to the border. "
    "Many had lived in Chile for {{five years}} or more.",
)

F(
    "Court blocks deportations under wartime law",
    "A federal judge in Washington blocked the use of the {{1798}} Alien Enemies Act for {{14 days}}, ruling in a hearing that began at {{5 p.m.}} "
    "The {{25-page}} order came {{a week}} after the proclamation was signed, and the government appealed within {{24 hours}}.",
)

F(
    "Mexican navy rescues migrants off Oaxaca",
    "Mexico's navy rescued [[27 migrants|other;a=Mexico's navy]] from a boat that capsized off the coast of Oaxaca and recovered [[the bodies of six|killed;a=Mexico's navy;n=bodies]], it said. "
    "[[Nine|missing;a=the navy;alt=Mexico's navy]] remain missing, the navy said.",
)

F(
    "Migrants wait in Ciudad Juárez shelters",
    "[[More than 5,000 migrants|displaced;a=the state government]] were waiting in Ciudad Juárez for asylum appointments, the state government said, in [[28 shelters|capacity;a=the state government]] with room for [[about 3,500|capacity;a=the state government]]. "
    "The CBP One app, launched in {{January 2023}}, was the only way to book them.",
)

F(
    "US sends troops to southern border",
    "The Pentagon said it would send [[1,500 more troops|combatants;p;a=The Pentagon]] to the southern border, bringing the total there to [[about 4,000|combatants;p;a=The Pentagon]]. "
    "They would stay for {{90 days}}, it said.",
)

F(
    "Ecuadorians fleeing violence reach US border",
    "Customs and Border Protection data show that [[more than 117,000 Ecuadorians|arrested;a=Customs and Border Protection data]] were apprehended at the border in {{fiscal 2023}}, as the murder rate in Ecuador reached {{46 per 100,000}} people. "
    "Most had flown to El Salvador before heading north, a trip of {{about 3,000 kilometres}} overland.",
)

F(
    "Remains of migrants recovered from the Darien jungle",
    "Panama's forensic institute said it had recovered [[the remains of 55 migrants|killed;a=Panama's forensic institute;n=migrants]] from the jungle in {{2023}}, but IOM believes [[hundreds more|killed;a=IOM;n=-]] died there unseen. "
    "At the peak, border police guided [[4,000 to 5,000 people a day|displaced]] out of the village of Bajo Chiquito by canoe, a trip of {{about five hours}}.",
)
