"""Germany and the Netherlands: the register, arrival centres, schools, jobs, benefits and the
people who went home."""

from _wrap import item

item(
    "Berlin's main station becomes Europe's busiest refugee hub",
    """[[About 10,000 people a
    day|displaced;a=the Berlin Senate]] are arriving at Berlin's
    Hauptbahnhof from Poland, the Berlin Senate said on {{Monday}}, and [[some 1,700|displaced;a=the
    Senate;alt=the Berlin Senate]] spent Sunday night in emergency shelters, the Senate said.
    Deutsche Bahn has added [[four special trains a
    day|other;u=other;a=the railway;alt=Deutsche Bahn]] from Frankfurt (Oder) and Cottbus, the railway said. The federal government is sending buses to
    carry [[3,000 people a day|displaced;p]] on to other states, and the Federal Police have deployed [[more
    than 600 officers|combatants;a=the Federal Police]] at stations in the capital. [[Around 2,500
    volunteers|other]] in yellow vests meet each train with water, SIM cards and tea. A tent on the
    Washingtonplatz with [[1,000 beds|capacity]] opened on {{Saturday}}. "We have never seen anything
    like it since {{2015}}," a police spokesman said.""",
)

item(
    "Tegel arrival centre shrinks as numbers fall",
    """Berlin will cut the number of beds at the former Tegel airport, the city's main arrival
    centre for Ukrainians, from [[7,000|capacity;u=other;a=the State Office for Refugee Affairs]] to
    [[4,300|capacity;p;u=other;a=the State Office for Refugee Affairs]] by {{spring}}, the State Office for
    Refugee Affairs said. [[Some 4,100 people|displaced;a=the office;alt=the State Office for Refugee
    Affairs]] live in the lightweight halls on the old runway, the office said, among them [[about 900
    children|displaced;a=the office;alt=the State Office for Refugee Affairs]]. Residents sleep in
    open cubicles with no ceiling. The Berlin Refugee Council says [[at least 1,300
    people|displaced;a=The Berlin Refugee Council]] have been there for more than {{a year}}. In
    {{2023}}, Tegel also housed [[about 1,200 asylum seekers|displaced]] from Syria, Afghanistan and
    Turkey. The city plans [[16 new modular homes|capacity;p;a=The city]] with [[6,000
    places|capacity;p;u=other;a=The city]] by {{2026}}.""",
)

item(
    "AZR: 1.25 million Ukrainians now registered in Germany",
    """[[1,254,000 people|displaced;a=the Central Register of Foreigners]] who fled Ukraine were
    registered in Germany at the end of {{October 2024}}, according to the Central Register of
    Foreigners, the AZR. Women make up {{62%}} of the adults. [[About 350,000|displaced;a=the
    Interior Ministry]] are children and teenagers, the Interior Ministry said. The Federal Employment
    Agency counted [[roughly 266,000 Ukrainians|other;a=The Federal Employment Agency]] in jobs
    subject to social insurance, and [[another 70,000|other;a=The Federal Employment Agency]] in
    mini-jobs. [[Around 700,000|aid;a=the agency;alt=The Federal Employment Agency]] receive the
    citizen's income, Bürgergeld, the agency said. In {{2024}}, [[about 61,000 people|returned;a=the register;alt=the Central Register of Foreigners]]
    left Germany for Ukraine, the register shows, and Berlin counts [[52,000 Ukrainians|displaced;a=Berlin]]
    living in the city. Under section {{24}} of the Residence Act, they need
    no asylum procedure. Since {{April 2025}} new arrivals receive the lower asylum-seeker benefit, a
    change the government says will save {{€1.5bn}} a year.""",
)

item(
    "Arson destroys former hotel housing Ukrainians in Mecklenburg",
    """A fire destroyed a former hotel near Wismar that housed [[14 Ukrainian
    refugees|displaced;a=police]] overnight, police said, and they are treating it as arson. All
    [[14 residents|displaced;a=police]] and [[three staff|other;a=police]] escaped; [[one woman|injured;a=police]] was
    treated for smoke inhalation, police said. The {{19th-century}} building, with [[a further 20
    flats|housing;a=the district]] meant for refugees, was burned out, the district said. [[Two
    men|arrested;a=prosecutors]], aged {{27 and 31}}, were detained on {{Friday}}, prosecutors said.
    The Federal Criminal Police Office recorded [[121 attacks|other;u=other;a=The Federal Criminal
    Police Office]] on refugee housing in {{2022}}, up from {{70}} the year before.""",
)

item(
    "Ukrainian pupils in German schools pass 220,000",
    """[[220,000 Ukrainian pupils|other;a=the Standing Conference of Education Ministers]] were
    attending German schools in {{November 2023}}, according to the Standing Conference of Education
    Ministers, the KMK. Bavaria had the most, [[about
    36,000|other]], ahead of North Rhine-Westphalia. The
    states had hired [[some 4,000 teachers|other;a=the KMK;alt=the Standing Conference of Education Ministers]] from Ukraine, said the KMK. But the German School
    Portal estimates [[up to 70,000 children|other;a=the German School Portal]] are not in any school,
    many of them taking Ukrainian lessons online. In Leipzig, [[38 welcome classes|other;u=other]]
    opened in {{August}}, each for {{15 to 18}} pupils. The teachers' union GEW says [[12,000 more
    teachers|other;p;a=The teachers' union GEW]] will be needed by {{2026}}.""",
)

item(
    "Young Ukrainian men arrive in Germany after Kyiv eases exit rule",
    """The number of young Ukrainian men arriving in Germany has jumped since Kyiv allowed men aged
    {{18 to 22}} to leave the country in {{late August}}, the Interior Ministry said. [[About 1,800 men|displaced;a=the
    ministry;alt=the Interior Ministry]] of that age now register each week, up from about
    {{100}} before the change, the ministry told lawmakers. The Federal Police counted [[more than
    19,000 men|displaced;a=The Federal Police]] aged {{18 to 22}} entering from Poland in {{October}}
    alone. In Berlin alone, [[some 300 young men|displaced;a=the Senate]] registered in the
    first week, the Senate said. Poland's Border Guard said [[about 98,000 men|displaced;a=Poland's Border Guard]] in that
    age group had crossed from Ukraine by {{mid-November}}, and [[fewer than 11,000|returned;a=Poland's
    Border Guard]] had gone back. Bavaria's premier called for a cap. Ukrainian officials worry the men will not go back; the
    Defence Ministry in Kyiv says [[some 90,000 men|combatants;a=the Defence Ministry in Kyiv]] in that
    age group would be needed for new brigades.""",
)

item(
    "Eurostat: 4.3 million under temporary protection in EU",
    """[[4.31 million people|displaced;a=Eurostat]] who fled Ukraine held temporary protection in the
    EU at the end of {{June 2025}}, Eurostat said, [[about 13,000 more|displaced;n=-;a=Eurostat]] than a
    month earlier. Germany hosted the largest number, [[1,192,000|displaced]], ahead of
    Poland with [[988,000|displaced]] and Czechia with [[373,000|displaced]].
    Relative to population, Czechia had the most, {{34.3 per thousand}} people.
    Member states issued [[58,400 new decisions|displaced;u=other]] granting protection in {{June}}.
    Adult women were {{44%}} of beneficiaries and children {{32%}}. The EU expects [[about 200,000
    more people|displaced;p;a=The EU]] to apply if fighting intensifies. Ukraine estimates that [[about
    5.9 million|displaced;a=Ukraine]] of its citizens are abroad.""",
)

item(
    "Orphans from Dnipro flown to Lower Saxony",
    """[[Sixty-eight children|displaced;a=the state government]] from an orphanage in Dnipro arrived
    at Hanover airport on {{Wednesday}} with [[14 carers|displaced;a=the state government]], the state government said. The
    children, aged {{two to 17}}, will live in [[two youth homes|capacity]] near Celle. UNICEF says
    [[at least 5,000 children|displaced;a=UNICEF]] from Ukrainian institutions have been moved abroad
    since {{2022}}, and that it cannot account for [[dozens|missing;n=-;a=UNICEF]] of them.
    A further [[23 children|displaced]] from the same orphanage went to Saxony. German police list [[about 180 Ukrainian minors|missing;a=German police]] as missing, some of
    whom may have gone back to Ukraine with relatives, they said.""",
)

item(
    "Wounded Ukrainian soldiers treated in German hospitals",
    """Germany has flown [[more than 1,100 wounded Ukrainian soldiers|injured;a=the Health
    Ministry]] to its hospitals since {{2022}}, the Health Ministry said, using the EU's
    medical evacuation hub in Rzeszów. [[About 240 civilians|injured;a=the Health Ministry]] with war
    injuries have also been treated, it said. A Luftwaffe Airbus {{A310}} MedEvac carries [[up to 40
    patients|capacity]] per flight. Poland says it has treated [[about 2,000 wounded soldiers|injured;a=Poland]] from Ukraine. At the
    Unfallkrankenhaus Berlin, surgeons have performed
    [[about 400 operations|other;u=other;a=surgeons]] on Ukrainians, surgeons said, mostly for blast
    and shrapnel wounds. [[Six patients|killed;a=the hospital]] died of their injuries, the hospital
    said.""",
)

item(
    "Knife attack at Bavarian shelter leaves one dead",
    """[[One resident|killed;a=police in Lower Franconia]], a {{36-year-old}} woman from Mariupol,
    was killed and [[three others|injured;a=police in Lower Franconia]] were wounded in a knife
    attack at a refugee shelter in Schweinfurt, police in Lower Franconia said. A fellow resident, a
    {{44-year-old}} man from Ukraine, was arrested at the scene. The shelter, a former barracks,
    houses [[about 280 people|displaced;a=the district office]], the district office said. [[Around
    50 officers|combatants]] searched the buildings overnight. [[About 120 residents|displaced]] spent the night in a nearby gym. Residents said tensions had grown after
    the district cut the number of social workers from [[six|other;a=Residents]] to [[two|other;a=Residents]].""",
)

item(
    "Food banks strain under Ukrainian demand",
    """Germany's Tafel food banks say they are serving [[about 2 million people|aid;a=Germany's
    Tafel food banks]], among them [[roughly 500,000 Ukrainians|aid;a=Germany's Tafel food
    banks]]. [[Around 320 local food banks|other;u=other;a=the umbrella group Tafel Deutschland]]
    have stopped taking new clients, the umbrella group Tafel Deutschland said. Germany has [[about 970 local food banks|other;u=other]] in all. In Munich, the Red Cross handed out [[18,000 food bags|aid]] at the
    Riem trade fair centre in {{March 2022}} alone. The German Red Cross said it had sent [[more than
    900 trucks|aid;a=The German Red Cross]] of relief to Ukraine and Moldova and housed [[some 26,000
    refugees|displaced;a=The German Red Cross]] in its shelters at the peak.""",
)

item(
    "Hamburg's container villages empty slowly",
    """Hamburg has [[about 47,000 people|displaced;a=Fördern und Wohnen]] in public accommodation,
    among them [[some 18,000 Ukrainians|displaced;a=Fördern und Wohnen]], according to Fördern und
    Wohnen, the city firm that runs it. It has opened [[42 new sites|capacity]] since {{2022}}, including a cruise ship in the port with [[800
    berths|capacity;u=other]]. Officials said [[about 3,000 Ukrainians|displaced;a=Officials]] were
    ready to move out but could not find flats. Hamburg's social authority said [[about 1,400 Ukrainians|returned;a=Hamburg's social authority]] had
    left for Ukraine last year. The city wants [[10,000 new
    apartments|housing;p;a=The city]] a year. A family of {{five}} pays nothing in a container but
    would need {{€1,400}} a month for a flat in Wilhelmsburg.""",
)

item(
    "How many Ukrainians have gone home from Germany?",
    """Germany's foreigners register shows [[about 110,000 people|returned;a=Germany's foreigners
    register]] from Ukraine were deregistered as having left the country in {{2023}}. Not all went
    home. A survey by the IAB, BAMF and the DIW found {{44%}} of refugees intended to stay for good,
    and just {{7%}} planned to return within a year. The Berlin State Office for Immigration recorded [[9,400 departures|returned;a=The Berlin
    State Office for Immigration]] to Ukraine in {{2023}}. [[Several thousand|returned;a=consular
    officials]] more go back each month, consular officials say. The Ukrainian embassy in Berlin says [[about
    200,000 citizens|returned;a=The Ukrainian embassy in Berlin]] went back between {{2022}} and
    {{2024}}, many of them to Kyiv and Lviv. Return buses leave Berlin's ZOB for Ukraine every
    hour. The IOM estimates [[about 4.4 million people|returned;a=The IOM]] have returned to their
    homes inside Ukraine or from abroad. On the Polish border, guards counted [[some 1,300 more
    people a day|returned;a=guards]] entering Ukraine than leaving it over the summer.""",
)

item(
    "Dutch municipalities run out of places for Ukrainians",
    """Dutch municipalities housed [[about 96,000 Ukrainians|displaced;a=the Justice Ministry]] in
    their own reception at the end of {{2024}}, the Justice Ministry said, against [[roughly 90,000
    places|capacity;u=other;a=the Justice Ministry]] available. Amsterdam houses [[4,600
    Ukrainians|displaced]] in cruise ships, offices and former care homes. The government wants
    municipalities to create [[20,000 more places|capacity;p;u=other;a=The government]] by
    {{mid-2025}}. Under the law, Ukrainians may work without a permit; [[about 57,000|other;a=the
    UWV]] have a job, according to the UWV. In Groningen, [[two cruise ships|capacity;u=structure]] house
    [[1,000 refugees|displaced]] in the port.""",
)

item(
    "Ukrainians mark three years in Germany at the Brandenburg Gate",
    """On {{24 February 2025}}, {{three years}} after the invasion, Ukrainians in Germany gathered
    at the Brandenburg Gate in the rain. Temperatures were about {{4C}}. The mayor spoke for {{ten
    minutes}}. A poll published on {{Thursday}} found {{57%}} of Germans still backed taking in
    refugees from Ukraine, down from {{79%}} in {{2022}}. The government will spend {{€6.2bn}} on
    their benefits this year.""",
)

item(
    "A violinist from Kharkiv finds an orchestra",
    """Iryna Koval, {{29}}, left Kharkiv on the {{7.10}} train on {{28 February 2022}} with a
    violin case and a backpack. She joined the Dresden Philharmonic in {{2023}}, its {{second}}
    Ukrainian player, and lives in a {{45-square-metre}} flat in Neustadt. She plays Dvořák's
    Symphony No. {{9}} this weekend. "I practised {{six hours}} a day in the shelter," she said.""",
)
