"""Deportations from the United States, Mexico's and Central America's returns, the
Dominican Republic and Haiti, and migrants heading back south (14 texts with figures, 2
without)."""

from _wrap import item

item(
    "Guatemala braces for more deportation flights from US",
    """GUATEMALA CITY (AP) — Guatemala received [[14 deportation flights|other;a=the Guatemalan
    Migration Institute]] from the United States last week carrying [[1,733
    Guatemalans|returned;a=the Guatemalan Migration Institute]], the Guatemalan Migration
    Institute said Monday. Among them were [[112 unaccompanied minors|returned]] and [[26
    families|returned]] who had been held together in a Texas facility. Officials expect the
    number of flights to rise to [[as many as seven a day|other;p;n=-;u=other;a=Officials]] once
    a new agreement takes effect in {{March}}. At the reception centre at La Aurora air base,
    [[about 300 returnees a day|aid]] get a meal, a free phone call and a bus fare home.
    Guatemala, the {{second}}-largest source of deportees after Mexico, signed a similar deal
    in {{2019}} that was later scrapped.
    Last year, Guatemala received [[more than 60,000 deportees|returned]] by air.""",
)

item(
    "US immigration detention hits record as arrests climb",
    """WASHINGTON (Reuters) - The number of people held in US immigration detention rose to a
    record [[61,226|arrested;a=Immigration and Customs Enforcement]] as of {{June 29}}, according
    to Immigration and Customs Enforcement, up from [[about 39,000|arrested;a=Immigration and Customs Enforcement]] when President
    Donald Trump took office in {{January}}. Nearly {{71%}} of detainees had no criminal
    conviction, the data showed. ICE made [[about 1,100 arrests a day|arrested]] in June, and
    is now using [[more than 180 facilities|capacity]], including county jails and military
    bases. Congress has approved {{$45 billion}} to expand detention over {{four years}}. The
    administration has said it wants to reach [[1 million deportations a
    year|returned;p;n=deportations;a=The administration]], a pace no US government has come
    close to.
    Texas alone holds [[about 17,000 detainees|arrested;a=ICE]], ICE says, and [[at least 12
    people|killed;a=ICE]] have died in its custody since {{October}}.""",
)

item(
    "Mexico's northern border cities brace for deportees",
    """The Mexican government has set up [[nine reception centres|capacity]] along the northern
    border under its "México te abraza" programme, each able to shelter [[up to 2,500
    people|capacity]]. Since {{January 20}}, Mexico has received [[more than 38,000
    deportees|returned;a=President Claudia Sheinbaum]] from the United States, [[about 33,000 of
    them|returned;n=-;a=President Claudia Sheinbaum]] Mexican citizens, President Claudia
    Sheinbaum said at her morning press conference. The rest, [[some 5,000|returned]] from Cuba,
    Venezuela, Honduras and elsewhere, were sent to Mexico under an agreement with Washington. In
    Tijuana, the giant tent at the old El Chaparral crossing was sheltering [[only 160
    people|displaced]] on Tuesday. Most deportees leave within {{48
    hours}}, and the government says it has handed out [[12,400 bus tickets|aid;u=other;a=the
    government]].""",
)

item(
    "Dominican Republic deported over 276,000 Haitians in 2024",
    """The Dominican Republic deported [[276,215 Haitians|returned;a=the General Directorate of
    Migration]] in {{2024}}, the General Directorate of Migration said, the highest number on
    record. In October alone, after President Luis Abinader ordered the expulsion of [[up to
    10,000 undocumented migrants a week|returned;p]], agents detained [[more than 40,000
    people|arrested]] in raids on markets, building sites and homes. The Support Group for
    Returnees and Refugees (GARR) said it had counted [[1,642 unaccompanied children|returned;a=The
    Support Group for Returnees and Refugees (GARR)]] among those expelled through Ouanaminthe.
    Many arrive with nothing. In Belladère, a shelter run by a church group took in [[about 90 women|displaced;a=a pastor]] in a single week, a pastor told The Haitian Times.
    Haiti's National Office for Migration said it was receiving [[nearly 1,900 people a
    day|returned;a=Haiti's National Office for Migration]] at the main border posts.
    [[About 500,000 Haitians|displaced;a=a 2017 survey]] live in the Dominican Republic, according to a {{2017}}
    survey.""",
)

item(
    "Dominican hospitals become deportation points for pregnant Haitian women",
    """SANTO DOMINGO (AP) — Dominican immigration agents detained [[137 women|arrested;a=the General Directorate of Migration]] who were pregnant or had just
    given birth in raids on [[33 public hospitals|other;a=the General Directorate of Migration]] on
    the first day of the new policy, {{April 21}}, the General Directorate of Migration said. [[Eighty-nine of them|returned;n=-]] were deported to Haiti the
    same afternoon, some still wearing hospital bracelets. Doctors said [[several dozen
    patients|other;a=Doctors]] had left maternity wards before they were discharged for fear of
    arrest. Haitian women gave birth to [[more than 34,000 babies|other;a=the Health Ministry]]
    in Dominican public hospitals in {{2024}}, according to the Health Ministry, about {{a third}} of
    all births in the public system.
    The agency said it had deported [[more than 1,400 pregnant women|returned;a=The
    agency;alt=the General Directorate of Migration]] by the end of {{May}}.""",
)

item(
    "US sends Venezuelans to Salvadoran mega-prison",
    """SAN SALVADOR (Reuters) - The United States flew [[238 Venezuelan men|arrested;a=Salvadoran
    President Nayib Bukele]] it accused of belonging to the Tren de Aragua gang to El Salvador's
    CECOT maximum-security prison over the weekend, along with [[23 Salvadorans|arrested;a=Salvadoran
    President Nayib Bukele]] accused of ties to {{MS-13}}, Salvadoran President Nayib Bukele said.
    [[Three flights|other]] left Harlingen, Texas, hours after a federal judge ordered the
    deportations halted. Washington is paying El Salvador {{$6 million}} to hold the men for
    {{one year}}. In {{July}}, [[252 Venezuelans|returned]] held at CECOT were flown to Caracas in
    a swap that freed [[10 Americans|other]] jailed in Venezuela.
    The prison, opened in {{2023}}, was built to hold [[40,000 inmates|capacity]].""",
)

item(
    "Mexico's migration institute sends Central Americans home by bus",
    """TAPACHULA, Mexico — Mexico's National Migration Institute said it returned [[more than
    12,000 Central Americans|returned;a=Mexico's National Migration Institute]] by land to
    Guatemala and Honduras in {{February}}, on [[more than 300 buses|other;a=Mexico's National
    Migration Institute]]. Most had been held at the Siglo XXI station in Tapachula, the country's
    largest migrant detention centre, built for [[960 people|capacity]]. Lawyers said [[about 2,000 people|arrested;a=Lawyers]] were held
    there at the peak, in {{January}}. In {{2023}}, a fire at a detention centre in Ciudad Juárez killed [[40
    migrants|killed]] who had been locked in their cell.
    Mexico detained [[more than 475,000 migrants|arrested;a=government figures]] in {{2024}},
    government figures show. On a busy day, [[about 1,500 Guatemalans|returned]] are sent home
    through the El Ceibo crossing.""",
)

item(
    "Coast Guard returns Haitians intercepted off the Bahamas",
    """The US Coast Guard repatriated [[132 Haitians|returned;a=the Coast Guard;alt=The US Coast Guard]] to
    Cap-Haïtien on Thursday after stopping [[two overloaded sailing vessels|other;u=other;a=the Coast Guard;alt=The US Coast Guard]]
    northwest of the Bahamas, the Coast Guard said. The Royal Bahamas Defence Force said it had
    intercepted [[more than 1,500 migrants|other;a=The Royal Bahamas Defence Force]] at sea since
    {{January}}, most of them Haitians. Since {{October 1}}, the start of the fiscal year, the Coast
    Guard has repatriated [[2,856 people|returned]] to Haiti. Haitian police took [[nine
    returnees|arrested]] into custody at the port on suspicion of organising the voyage.
    IOM staff at the port handed out [[132 hygiene kits|aid]] and phone cards.""",
)

item(
    "As Title 42 ends, border agents brace for surge",
    """EL PASO, Texas (AP) — The pandemic-era rule known as {{Title 42}}, under which US
    authorities carried out [[2.8 million expulsions|returned;v=2800000]] since {{March 2020}},
    expired at {{11:59 p.m.}} Thursday. The Border Patrol said agents had detained [[more than
    10,000 migrants a day|arrested;a=The Border Patrol]] over the past week, and [[about 27,000
    people|arrested;a=The Border Patrol]] were in its custody. Across the river in Ciudad Juárez,
    [[thousands of people|displaced]] waited along the fence. The Defense Department has sent
    [[1,500 active-duty troops|combatants]] to the border for {{90 days}}.
    Under the new rules, Mexico agreed to take back [[up to 30,000 people a
    month|returned;p;a=officials]] from Cuba, Haiti, Nicaragua and Venezuela, officials said. In
    fiscal {{2022}}, agents recorded [[2.2 million encounters|arrested;v=2200000;a=agents]] at the
    southwest border, a record.""",
)

item(
    "Appeals court blocks use of 1798 wartime law for deportations",
    """NEW ORLEANS (AP) — A federal appeals court ruled Tuesday that President Donald Trump
    cannot use the Alien Enemies Act of {{1798}} to speed deportations of alleged gang members.
    The {{2-1}} decision by the {{5th}} US Circuit Court of Appeals upheld a lower court's order
    issued in {{May}}. The law has been used only {{three times}}, most recently during World War
    II. The administration has {{14 days}} to ask the full court to rehear the case.""",
)

item(
    "Migrants head south through Panama as US doors close",
    """PANAMA CITY (AFP) - [[More than 2,200 migrants|returned;a=Panama's National Migration
    Service]], most of them Venezuelans, have travelled south through Panama this year on their
    way home, Panama's National Migration Service said on Friday. Many take boats along the
    Caribbean coast to avoid the Darién jungle; border police counted [[62 boats|other;a=border
    police]] in {{February}}. A boat carrying [[21 people|other]] capsized off Guna Yala last
    week, killing an {{eight-year-old}} girl. Northbound, [[more than 520,000 people|displaced]]
    crossed the Darién in {{2023}}, a record.
    At the port of Miramar, [[about 80 migrants|displaced]] were waiting on Thursday for boats
    south, paying {{$250}} each. Colombia's migration agency said [[more than 1,100
    Venezuelans|returned;a=Colombia's migration agency]] had crossed back from Panama into
    Necoclí in {{March}}.""",
)

item(
    "Costa Rica holds deported Asian migrants at remote border camp",
    """SAN JOSÉ (Reuters) - Costa Rica is holding [[about 200 migrants|arrested]] deported from
    the United States, [[81 of them|arrested;n=-]] children, at a former factory near the Panama
    border. They arrived on [[two flights|other]] in {{February}}, from countries including
    Afghanistan, China, India and Uzbekistan. Costa Rica's government said [[about 60|returned;a=Costa
    Rica's government]] had since been sent home with IOM help, while [[12 others|displaced;a=Costa
    Rica's government]] had applied for asylum. In Panama, [[299 people|arrested]] deported by the
    United States were held in a Panama City hotel for {{a week}}.""",
)

item(
    "Honduras reception centre stretched as deportation flights increase",
    """SAN PEDRO SULA — At the Centre for Returned Migrants at Ramón Villeda Morales airport,
    staff now process [[up to five flights a day|other;n=flights]]. Honduras received [[more
    than 12,400 deportees|returned;a=the National Migration Observatory]] in the first {{four
    months}} of the year, the National Migration Observatory said, [[1,900 of them|returned;n=-;a=the
    National Migration Observatory]] children. Each adult returnee gets a {{$100}} bonus and a
    bag of food. Social workers said [[hundreds of deportees|displaced;a=Social workers]] had
    moved to other towns because gangs had threatened them in their old neighbourhoods.
    Staff said [[15 to 20 returnees a day|injured;a=Staff]] needed medical care, mostly for
    injuries they said they suffered in detention. [[Two shelters|capacity]] in San Pedro Sula
    take in deportees who cannot go home.""",
)

item(
    "Colombian air force planes bring back deportees after row with Washington",
    """BOGOTÁ (AFP) - [[Two Colombian air force planes|other;u=other]] landed in Bogotá on
    Tuesday with [[201 Colombians|returned]] deported from the United States, [[21 of
    them|returned;n=-]] children, ending a standoff that had threatened a trade war. President
    Gustavo Petro had turned back [[two US military flights|other]] on Sunday, prompting
    Washington to threaten tariffs of {{25%}}. The foreign ministry said [[a further 475
    Colombians|returned;p;a=The foreign ministry]] would be flown home {{this week}}.
    Colombia's migration agency said [[about 14,000 Colombians|returned;a=Colombia's migration
    agency]] had been deported from the United States in {{2024}} on [[124
    flights|other;a=Colombia's migration agency]].""",
)

item(
    "Dominican Republic extends border wall with Haiti",
    """DAJABÓN, Dominican Republic — The Dominican Republic has finished the second stretch of
    its border wall with Haiti, bringing the barrier to {{164 km}} of the {{392-km}} frontier, the
    defence ministry said on Friday. The concrete wall, {{3.9 metres}} high and topped with razor
    wire, was begun in {{February 2022}} at a cost of {{$31 million}} for the first phase. The
    binational market at Dajabón, closed for {{three weeks}} in {{2023}}, now opens on Mondays and
    Fridays from {{8 a.m.}}""",
)

item(
    "Forced returns to Haiti topped 200,000 in 2024 despite gang violence",
    """[[More than 200,000 Haitians|returned;a=the International Organization for Migration]]
    were forcibly returned to Haiti in {{2024}}, the International Organization for Migration
    said, {{97 percent}} of them from the Dominican Republic. The rest came on flights and boats
    from the United States, the Bahamas, Jamaica and the Turks and Caicos Islands; the US
    Department of Homeland Security ran [[about 20 deportation flights|other]] to Cap-Haïtien and
    Port-au-Prince during the year. Many returnees cannot go back to neighbourhoods held by gangs,
    and the IOM counted [[more than 1 million people|displaced;a=the IOM]] displaced inside Haiti
    by {{December}}. At the Belladère border post, the agency's partners gave [[4,200
    returnees|aid]] hot meals and bus fares in a single month. Among those sent back were [[13,000
    unaccompanied or separated children|returned;a=UNICEF]], UNICEF said. The Support Group for
    Returnees and Refugees said [[at least 30 pregnant women|returned;a=The Support Group for
    Returnees and Refugees]] were deported in {{one week}} in {{November}}.""",
)
