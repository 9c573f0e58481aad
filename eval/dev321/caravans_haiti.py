"""Central American caravans, returns to Guatemala and Honduras, Haitians deported from the
United States, the Dominican Republic and the Bahamas, Cubans at sea and by air (14 texts with
figures, 2 without)."""

from _wrap import item

item(
    "Caravan of Central Americans swells to 7,000 as it crosses into Mexico",
    """
[[An estimated 7,000 migrants|displaced;a=the United Nations]], most of them from Honduras,
were walking north through Chiapas on Monday, the United Nations said. The caravan set out from
San Pedro Sula on {{October 13}} with [[about 160 people|displaced]]. Mexico's government said
[[1,028 people|displaced;a=Mexico's government]] had applied for asylum and that
[[about 100|returned;p;a=Mexico's government]] had asked to be sent home. Federal police in
riot gear, [[about 500 officers|combatants]] in all, blocked the bridge over the Suchiate river
on Friday. [[Dozens of people|injured]] were hurt in the crush before the gates gave way.
""",
)

item(
    "Guatemalan forces break up Honduran caravan at Vado Hondo",
    """
Guatemalan soldiers and police fired tear gas and beat migrants with batons on Sunday to break
up a caravan of [[some 6,000 Hondurans|displaced]] at Vado Hondo, near the Honduran border.
Guatemala said it had deployed
[[2,000 soldiers and police|combatants;a=Guatemala;n=soldiers and police]] to stop the group.
The Guatemalan Migration Institute said it had returned
[[more than 1,500 Hondurans|returned;a=The Guatemalan Migration Institute]] to the border by
bus by Tuesday. [[At least 12 people|injured;a=the Guatemalan Red Cross]] were injured,
[[three police officers|injured;a=the Guatemalan Red Cross]] among them, the Guatemalan Red
Cross said. UNICEF said it had counted [[about 900 children|displaced;a=UNICEF]] in the
caravan. The Honduran government said it was ready to receive
[[a further 3,000|returned;p;a=The Honduran government]].
""",
)

item(
    "Caravan leaves Tapachula ahead of the US election",
    """
[[Some 3,000 migrants|displaced;a=organisers]] left Tapachula on foot on Sunday, the {{third}}
caravan since the start of October, organisers said. The INM said it had moved
[[about 1,800|displaced;a=The INM]] of them by bus to other states to process their papers.
Local aid groups said [[300 to 400 people|displaced;a=Local aid groups]] a day were arriving from Guatemala. [[Hundreds|displaced]] stayed behind in shelters in Huixtla. Shelter directors said
Tapachula's [[nine shelters|capacity;a=Shelter directors]], with room for
[[about 1,200 people|capacity;a=Shelter directors]], were full. Earlier in October, soldiers
opened fire on a truck in Chiapas, killing [[six migrants|killed;a=the defence ministry]] and
wounding [[10|injured;a=the defence ministry]], the defence ministry said.
""",
)

item(
    "Thousands of Haitians camp under Del Rio bridge as US begins flights",
    """
[[More than 14,000 migrants|displaced;a=Val Verde County officials]], most of them Haitians,
were camped under the international bridge in Del Rio, Texas, on Saturday, Val Verde County
officials said. The Department of Homeland Security said it would send
[[400 agents and officers|combatants;p;n=agents and officers;a=The Department of Homeland
Security]] to the area and raise removal flights to Haiti to
[[as many as seven a day|other;p;u=other;a=The Department of Homeland Security]]. Haiti's
National Office of Migration said the first [[three flights|other;a=Haiti's National Office of
Migration]] had landed in Port-au-Prince on Sunday with
[[327 people|returned;a=Haiti's National Office of Migration]]. [[About 2,000 people|returned]]
were deported in the following week. Mexico said it had moved
[[hundreds of Haitians|displaced;a=Mexico]] from Ciudad Acuña to Tapachula.
""",
)

item(
    "Dominican Republic steps up deportations of Haitians",
    """
The Dominican government said it would deport
[[up to 10,000 Haitians a week|returned;p;a=The Dominican government]] who are in the country
without papers. The General Directorate of Migration said it had deported
[[276,215 people|returned;a=The General Directorate of Migration]] in {{2024}}. Its agents
detained [[more than 2,300 people|arrested]] in raids in Santo Domingo on Wednesday alone.
The Support Group for Refugees and Returnees said
[[hundreds of children|returned;a=The Support Group for Refugees and Returnees]] had been sent
across without their parents. The army said it had stationed
[[about 1,000 more soldiers|combatants;a=The army]] along the border. The IOM said it had
received [[about 95,000 returnees|returned;a=The IOM]] at Ouanaminthe and Belladère since
October.
""",
)

item(
    "Haitian sloop capsizes off the Bahamas; 17 dead",
    """
[[Seventeen bodies|killed;a=the Royal Bahamas Defence Force]] were recovered after a vessel
carrying Haitian migrants capsized off New Providence early on Sunday, the Royal Bahamas
Defence Force said. [[Twenty-five survivors|other]] were pulled from the water.
Authorities said [[as many as 20 others|missing;a=Authorities]] may still be missing.
Police arrested [[two suspected captains|arrested]]. [[Nine survivors|injured]] were treated at Princess Margaret Hospital for injuries and
hypothermia. The Bahamas repatriated [[more than 3,000 Haitians|returned]] in {{2022}}. The US
Coast Guard said it had intercepted [[about 7,000|other;a=The US Coast Guard]] at sea in the
same fiscal year.
""",
)

item(
    "IOM: Haitians deported into a capital overrun by gangs",
    """
The International Organization for Migration said
[[more than 198,000 Haitians|returned;a=The International Organization for Migration]] were
forcibly returned from neighbouring countries in {{2024}}, most of them from the Dominican
Republic. Many had no home to go to. [[More than 1 million people|displaced]] are displaced
inside Haiti by gang violence. In Port-au-Prince, gangs burned
[[about 1,300 homes|housing;a=the agency;alt=The International Organization for Migration]] in
the Solino and Nazon neighbourhoods in {{two weeks}}, the agency said. [[At least 12 schools|housing]] and [[two clinics|housing]] were also set on fire. OCHA said
[[5.7 million people|civilians;a=OCHA]], about half the population, face acute hunger. At
Cap-Haïtien airport, IOM staff received [[about 300 deportees|returned]] from the United States
and the Turks and Caicos Islands in March and handed out [[600 hygiene kits|aid]].
""",
)

item(
    "Haitians top asylum claims in Mexico",
    """
Haitians lodged [[44,239 asylum claims|displaced;a=the commission;alt=Mexico's refugee
commission]] with Mexico's refugee commission in {{2023}}, more than any other nationality,
the commission said. It granted refugee status or other protection to
[[about 11,000 Haitians|displaced]]. In Tapachula,
[[about 40,000 migrants|displaced;a=the municipal government]] are waiting for papers, the
municipal government estimates. [[Several hundred people|displaced]] sleep in a park in the
city centre. Mexico flew [[130 Haitians|returned;a=the INM]] to Port-au-Prince on Wednesday,
the INM said. Save the Children said it had given
[[1,200 children|aid;a=Save the Children]] school supplies and meals.
""",
)

item(
    "Charter flights carry Cubans and Haitians to Nicaragua, en route to the US",
    """
[[More than 1,000 charter flights|other;a=researchers]] landed in Managua from Port-au-Prince
and Havana between August and {{December 2023}}, according to researchers who track the
routes. [[About 130,000 people|displaced;a=the researchers;alt=researchers]] travelled on
them, the researchers estimated. At the peak, airlines operated
[[about 60 flights a week|other]]. The US State Department said it had imposed visa
restrictions on [[more than 250 Nicaraguan officials|other;a=The US State Department]]. US
border agents encountered [[about 425,000 Cubans|arrested]] in the {{two fiscal years}} to
{{September 2023}}. Honduras' migration institute said
[[more than 80,000 Cubans|displaced;a=Honduras' migration institute]] entered the country that
year on their way north.
""",
)

item(
    "Coast Guard returns 55 Cubans as interdictions at sea climb",
    """
The US Coast Guard repatriated [[55 Cubans|returned]] to Orozco Bay on Tuesday after stopping
[[four rustic vessels|other;u=other]] off the Florida Keys. Crews have intercepted
[[more than 6,100 Cubans|other;a=the service;alt=The US Coast Guard]] at sea since
{{October 1}}, the service said, the most in any fiscal year since {{2016}}.
[[About 300 migrants|displaced]] came ashore in the Keys over the New Year weekend, forcing
the closure of Dry Tortugas National Park. Monroe County's sheriff said his deputies had found
[[three bodies|killed;a=Monroe County's sheriff]] on beaches. Florida sent
[[about 200 National Guard soldiers|combatants]] to help.
""",
)

item(
    "Guatemala received 70,000 deportees on US flights last year",
    """
Guatemala received [[70,312 deportees|returned;a=the Guatemalan Migration Institute]] on
flights from the United States in {{2024}}, the Guatemalan Migration Institute said, and
[[about 25,000|returned;a=the Guatemalan Migration Institute]] by land from Mexico. The
reception centre at the air force base in Guatemala City can process
[[up to 1,200 people a day|capacity]]. Among the returnees were
[[2,851 unaccompanied children|returned]], who were handed to the Social Welfare Secretariat.
President Bernardo Arévalo said the country expected
[[about 50 flights a month|other;p;a=President Bernardo Arévalo]] from February. Programmes run
with the IOM helped [[about 4,600 returnees|aid]] find work or start a business.
""",
)

item(
    "Honduran families return to neighbourhoods they fled",
    """
Honduras' National Migration Institute said it had received
[[more than 36,000 returnees|returned;a=Honduras' National Migration Institute]] in the first
half of {{2025}}, [[about 4,100|returned;a=Honduras' National Migration Institute]] of them
children. [[About 1,800 families|returned]] were deported together. [[Between 150 and 200 families|displaced;a=community leaders]] have left Rivera Hernández alone this year, community leaders say. Many had fled gangs: the
Norwegian Refugee Council said [[about 247,000 people|displaced;a=the Norwegian Refugee
Council]] are internally displaced by violence in Honduras. In Rivera Hernández, residents said
[[about 40 houses|housing;a=residents]] had been ransacked or burned by gang members since
January. Police said they had arrested [[19 gang members|arrested;a=Police]] in a raid in
Choloma.
""",
)

item(
    "Children deported alone across the Haiti-Dominican border, UNICEF warns",
    """
UNICEF said [[more than 2,400 unaccompanied children|returned;a=UNICEF]] were deported from the
Dominican Republic to Haiti in {{2024}}. Its partners at the Belladère crossing receive
[[about 40 children a day|returned]]. Haiti's social welfare institute, IBESR, said it had
placed [[312 children|displaced;a=IBESR]] with foster families. A transit centre in
Ouanaminthe has [[60 beds|capacity]] for children. Local officials said
[[three children|missing;a=Local officials]] deported in March had not been traced. UNICEF gave
[[1,500 children|aid]] clothing and hot meals at the border.
""",
)

item(
    "Gunmen seize deportees from bus in Port-au-Prince",
    """
Gang members abducted [[14 people|kidnapped;a=Haiti's national police]] from a bus carrying
deported migrants from the airport in Port-au-Prince on Thursday, Haiti's national police
said. [[Eight of the hostages|kidnapped]] were freed on Saturday.
[[Three passengers|injured]] were wounded when the gunmen fired on the bus. The IOM said it had
suspended transport from the airport and that
[[about 1,600 deportees|returned;a=The IOM]] had arrived in the capital that month. The
UN-backed force in Haiti has [[about 1,000 police officers|combatants]], most of them Kenyan.
The UN office in Haiti said [[more than 1,500 people|kidnapped;a=The UN office in Haiti]] were
kidnapped in the country in {{2024}}.
""",
)

item(
    "Supreme Court lets administration end parole programme",
    """
The Supreme Court on {{May 30, 2025}} allowed the administration to end the parole programme
for Cubans, Haitians, Nicaraguans and Venezuelans while legal challenges continue. The
programme, launched in {{January 2023}}, granted {{two years}} of permission to stay to those
with a sponsor in the United States. Beneficiaries were given {{30 days}} to leave. A dissenting
justice wrote that the decision would cause "devastating consequences". Sponsors had paid
nothing to the government, but many travellers spent {{$1,000}} or more on flights.
""",
)

item(
    "Haiti's temporary protected status extended to February 2026",
    """
Haiti was {{first}} designated for temporary protected status in {{2010}}, after a magnitude
{{7.0}} earthquake struck near Port-au-Prince. The latest extension runs to
{{February 3, 2026}}. Applicants pay a fee of {{$50}}, plus {{$30}} for fingerprints. A federal
judge in New York ruled in {{July 2025}} that an attempt to cut the designation short by
{{five months}} was unlawful. Haitians who arrived after {{June 3, 2024}} are not covered.
""",
)
