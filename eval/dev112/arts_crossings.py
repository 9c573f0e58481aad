"""Crossings by sea, desert, forest and jungle, told by survivors, smugglers, guides, rescuers
and volunteers beside the coast guards' and agencies' counts (9 articles, all with figures)."""

from _wrap import item

item(
    "'We were 43 in the boat': survivor of Lampedusa shipwreck",
    """The boat left Sfax, in Tunisia, shortly after midnight on Thursday, and the engine failed
    before dawn. "We were [[43|displaced;a=Aminata Koné]] in the boat, and only
    [[12 of us|displaced;n=-;a=Aminata Koné]] reached the shore," said Aminata Koné, a
    {{24-year-old}} from Ivory Coast, at the reception centre on Lampedusa. Italy's coast guard
    said it had rescued [[12 people|other;a=Italy's coast guard]] and recovered
    [[nine bodies|killed;a=Italy's coast guard]], and that
    [[22 people|missing;a=Italy's coast guard]] were still missing. "The smuggler took
    {{2,000 euros}} from each of us," Koné said. She said her nephew, {{aged two}}, was among
    the missing. The reception centre, built for
    [[about 400 people|capacity;a=the Italian Red Cross]], held
    [[more than 1,800|displaced;a=the Italian Red Cross]] on Friday, according to the Italian
    Red Cross, which runs it. Italy's interior ministry says
    [[more than 105,000 migrants|displaced;a=Italy's interior ministry]] have arrived by sea
    this year. The International Organization for Migration has recorded
    [[more than 2,000 deaths|killed;a=The International Organization for Migration]] on the
    central Mediterranean route since January. Relatives searching for the missing can call
    the Italian Red Cross tracing service on {{+39 06 4759 9000}}. Koné said she had spent
    {{nine months}} in Sfax cleaning houses to pay for the crossing.""",
)

item(
    "Aceh fishermen bring a drifting Rohingya boat ashore",
    """Fishermen from Lampanah, a village in Indonesia's Aceh province, spotted the wooden boat
    at dawn, drifting {{3 nautical miles}} offshore. "We counted
    [[more than 180|displaced;a=Teuku Fadli]], most of them women and children," said Teuku
    Fadli, who has fished these waters for {{30 years}}. He said
    [[three boats|other;a=Teuku Fadli]] from the village towed the vessel to the beach.
    Survivors told the UN refugee agency that [[about 20 people|killed;a=Survivors]] had died
    during {{five weeks}} at sea and that their bodies were put overboard. "We were
    [[189 people|displaced;a=Mohammed Rafiq]] when we left, now we are
    [[172|displaced;a=Mohammed Rafiq]]," said Mohammed Rafiq, {{19}}, who said he had paid a
    broker in Cox's Bazar {{120,000 taka}}. Local officials said
    [[1,084 Rohingya|displaced;a=Local officials]] had landed in Aceh in the past
    {{three weeks}}, the most since {{2015}}. Some residents, angered by the arrivals, pushed a
    boat carrying [[about 250 people|returned]] back out to sea last week. The provincial
    government has asked Jakarta for help, saying Aceh cannot shelter new arrivals on its own.
    Indonesia is not a party to the {{1951}} Refugee Convention. Rafiq said he wanted to reach
    Malaysia, where an uncle has worked on building sites since {{2012}}. "Here they give us
    rice," he said. "There I can work," he added.""",
)

item(
    "A Channel smuggler talks numbers in a Dunkirk car park",
    """The smuggler, a Kurdish Iraqi in his thirties who gave his name only as Karwan, met a
    reporter in a supermarket car park near Dunkirk. "Last summer I put
    [[maybe 40 boats|other;q=approx;a=Karwan]] in the water, with
    [[50 or 60 people|displaced;q=range;lo=50;hi=60;a=Karwan]] in each," he said. He charges
    {{€1,500}} a place, less for children. "The boats are made for
    [[20 people|capacity;a=Karwan]], but nobody goes with so few," he said. Britain's Home
    Office says [[45,774 people|displaced;a=Britain's Home Office]] crossed the Channel in
    small boats in {{2022}}. French police said they had arrested
    [[more than 500 smugglers|arrested;a=French police]] last year and broken up
    [[55 networks|other;u=other;a=French police]]. "In the camp now, I think
    [[1,500 people|displaced;a=Karwan]] are waiting for a boat," Karwan said.
    {{Utopia 56}}, a charity, said it hands out
    [[about 1,200 meals a day|aid;a=Utopia 56]] at the camp in Loon-Plage.""",
)

item(
    "On Poland's border, a volunteer paramedic answers night calls",
    """Kasia Wiśniewska, a paramedic who volunteers with a group that searches the forests along
    Poland's border with Belarus, keeps her phone by the bed. "Last night we found
    [[seven people|other;a=Kasia Wiśniewska]] in the swamp,
    [[three children|other;a=Kasia Wiśniewska]] among them, all soaked to the skin," she
    said. She said the group had received
    [[more than 300 calls|other;u=other;a=Kasia Wiśniewska]] for help in October alone. "The
    youngest we found was {{eight months}} old," she said. Polish border guards say they
    recorded [[more than 17,000 attempts|other;u=other;a=Polish border guards]] to cross
    illegally in October. They said [[about 600 people|arrested;a=Polish border guards]] were
    detained in the same month. Doctors at the hospital in Hajnówka said they had treated
    [[46 migrants|injured;a=Doctors at the hospital in Hajnówka]] for hypothermia since
    September. [[At least nine people|killed;a=Polish media and aid groups]] have died on the
    border since the summer, according to Polish media and aid groups. Poland says Belarus has
    flown in [[thousands of migrants|displaced;a=Poland]] from the Middle East to push them
    across the border, a charge Minsk denies.""",
)

item(
    "Tajoura survivor recalls the night the hangar was hit",
    """Abdulaziz Yusuf, an Eritrean who spent {{seven months}} in the Tajoura detention centre
    east of Tripoli, was asleep when the air strike hit the hangar next to his. "We were
    [[about 600|arrested;a=Abdulaziz Yusuf]] in the centre, and
    [[more than 120|arrested;a=Abdulaziz Yusuf]] in the hangar that was hit," he told Al
    Jazeera by phone from a UN facility in Tripoli. The UN said
    [[at least 53 migrants|killed;a=The UN]] were killed and
    [[more than 130|injured;a=The UN]] wounded. "We pulled out
    [[maybe 40 bodies|killed;q=approx;a=Yusuf]] with our hands before the ambulances came,"
    Yusuf said. He said guards had shot at detainees who tried to run after the strike,
    wounding [[at least three|injured;a=Abdulaziz Yusuf]]. The International Organization for
    Migration says
    [[about 5,800 migrants|arrested;a=The International Organization for Migration]] are held
    in official detention centres in Libya. The Libyan coast guard, trained and funded by the
    European Union, has intercepted
    [[more than 3,700 people|returned;a=the agency;alt=The International Organization for Migration]]
    at sea and returned them to Libya this year, according to the agency.""",
)

item(
    "Out of the Darién, migrants tell of the dead on the trail",
    """[[About 2,000 migrants a day|displaced;a=Panama's migration service]] are arriving at
    the Lajas Blancas reception station in Panama's Darién province, according to Panama's
    migration service. Yorgelis Mendoza walked out of the jungle on Tuesday with her
    [[three daughters|displaced]] after {{six days}} on the trail. "We started in a group of
    [[about 70|displaced;a=Yorgelis Mendoza]], and on the way we saw
    [[four dead people|killed;a=Yorgelis Mendoza]], a woman still holding a baby among them,"
    she said. Panama's ombudsman said
    [[more than 400,000 people|displaced;a=Panama's ombudsman]] had crossed the Darién this
    year, {{twice as many}} as in {{2022}}. Yeison, a guide from the Colombian side who gave
    only his first name, said he leads [[up to 100 people|displaced;a=Yeison]] at a time and
    charges {{$170}} a head. "The jungle does not care if you pay. Last month I buried
    [[two men|killed;a=Yeison]]," he said. Doctors Without Borders said its teams had treated
    [[397 people|injured;a=Doctors Without Borders]] for sexual violence in Darién since
    January. Officials said they expected
    [[about 500,000|displaced;p;a=Officials]] to cross by the end of the year. From Lajas
    Blancas, buses take the migrants to the Costa Rican border, a ride of about
    {{eight hours}} that costs {{$60}}. Mendoza said she had sold her hair salon in Maracaibo
    to pay for the journey. "I have {{$20}} left and {{2,000 km}} to go," she said, laughing.
    She hopes to reach Texas, where her brother works, before {{Christmas}}.""",
)

item(
    "In Tijuana, a notebook decides who asks for asylum",
    """Every morning at the El Chaparral plaza in Tijuana, a volunteer opens a battered notebook
    and reads out numbers. The notebook holds the names of asylum seekers waiting their turn to
    be interviewed by US officials at the San Ysidro crossing, in {{groups of ten}}. "Today
    they took only [[40 people|displaced;a=Alma Ruiz]]," said Alma Ruiz, a Honduran who
    manages the list this week. Her own number is {{2,136}}; on Tuesday the volunteers called
    number {{1,780}}. "At this speed I will wait {{two more months}}," she said. Ruiz said she
    had left San Pedro Sula in November with her [[two sons|displaced;a=Ruiz]] after gang
    members killed her brother. Mexican officials said
    [[about 5,000 people|displaced;a=Mexican officials]] were waiting in Tijuana to ask for
    asylum. Shelters in the city have
    [[about 3,000 beds|capacity;a=the municipal migrant office]], according to the municipal
    migrant office. The shelter where Ruiz sleeps, {{Juventud 2000}}, houses
    [[about 200 people|displaced]] in a space meant for [[120|capacity]]. US Customs and
    Border Protection said
    [[more than 76,000 migrants|arrested;a=US Customs and Border Protection]] were
    apprehended at the southern border in February. Ruiz keeps the notebook in a plastic bag
    against the rain. The system, known as metering, began in {{2016}} and is run by the
    migrants themselves, with Mexican officials checking the lists. Critics say it leaves people
    exposed to kidnappers who wait outside the shelters.""",
)

item(
    "An Agadez driver on the trade Niger outlawed",
    """Before Niger outlawed the trade in {{2015}}, Abdoulaye Moussa drove a pickup from Agadez
    to the Libyan border twice a week. "I put
    [[25 or 30 people|displaced;q=range;lo=25;hi=30;a=Abdoulaye Moussa]] in the back, on top
    of the water cans," he said. The army has since impounded
    [[two of his trucks|other;a=Abdoulaye Moussa]], he said, and
    [[two of his former colleagues|arrested;a=Abdoulaye Moussa]] are in prison in Niamey.
    Under the law, [[more than 300 smugglers|arrested;a=the regional prosecutor]] have been
    arrested and [[about 100 vehicles|other;a=the regional prosecutor]] confiscated,
    according to the regional prosecutor. Moussa recalled a trip in {{2016}} when
    [[44 people|killed;a=Moussa]] died of thirst after a truck broke down far from any well.
    Ibrahim Sow, a Guinean waiting in one of the town's so-called ghettos, said
    [[about 60 people|displaced;a=Ibrahim Sow]] shared the compound, all waiting for a driver.
    The IOM said its teams had rescued [[more than 1,000 migrants|other;a=The IOM]] stranded in
    the desert since April. Moussa said a trip used to earn him {{300,000 CFA francs}}.""",
)

item(
    "Pylos survivors dispute the coast guard's account",
    """Survivors of the shipwreck off Pylos have told investigators that the Greek coast guard
    tried to tow the fishing boat before it capsized, an account Athens denies. The coast guard
    said [[104 people|other;a=The coast guard]] were rescued and
    [[82 bodies|killed;a=The coast guard]] recovered. Survivors have said
    [[as many as 750 people|displaced;a=Survivors]] were on board. "There were
    [[maybe 100 children|displaced;q=approx;a=Mohammad Qasem]] in the hold, and the women
    too," said Mohammad Qasem, {{26}}, a Syrian from Daraa, speaking at Malakasa camp near
    Athens. "I was on deck. I saw the rope," he said. Pakistan's government said
    [[more than 300 of its citizens|missing;a=Pakistan's government]] were believed to have
    been on board. Greek authorities charged [[nine Egyptian men|arrested]] with people
    smuggling. Lawyers said [[40 survivors|other;a=Lawyers]] had given testimony to a court in
    Kalamata. The smugglers had charged each passenger up to {{$4,500}}, survivors said.""",
)
