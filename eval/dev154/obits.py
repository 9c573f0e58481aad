"""Obituaries of survivors, rescuers, commanders, delegates and reporters that recall what
they lived through (10 texts with figures), and five texts with numbers but no figure
(an obituary, a ceremony programme, a museum budget, a peace deal's tenth year, a martial-law
anniversary)."""

from _wrap import item

item(
    "Eva Sandor obituary",
    """Eva Sandor, who has died aged {{98}}, was {{15}} when she was deported from the
    Hungarian town of Szeged to Auschwitz-Birkenau in June {{1944}}, one of [[about 440,000
    Hungarian Jews|arrested]] sent to the camps in less than {{two months}}. Of the [[3,000
    people|arrested]] on her transport, [[fewer than 300|other;n=-]] survived the war. Her
    mother and [[two younger brothers|killed]] were murdered on the day they arrived. Eva was
    selected for work, and in the spring of {{1945}} was marched west to Bergen-Belsen, where
    the British troops who liberated the camp on {{15 April}} found [[some 60,000
    prisoners|arrested]], many of them dying of typhus, and [[some 13,000 bodies|killed]] lying
    unburied. The number {{A-7823}}, tattooed on her left forearm, stayed uncovered all her
    life. She came to Britain in {{1947}}, trained as a pharmacist and for {{four decades}}
    said almost nothing about the war. That changed in the {{1990s}}. By the Holocaust
    Educational Trust's estimate, she spoke to [[more than 50,000 schoolchildren|other;a=the
    Holocaust Educational Trust]] over the next {{25 years}}, always ending with the same
    sentence: "Now you are the witnesses." She was appointed MBE in {{2018}}. Her husband,
    Gyorgy, died in {{2009}}. She is survived by [[two children|other]] and [[five
    grandchildren|other]].""",
)

item(
    "Bataan Death March survivor Manuel Dizon dies at 101",
    """MANILA - Manuel Dizon, one of the last known survivors of the Bataan Death March, died
    on Tuesday in his home in Pampanga. He was {{101}}. Dizon was {{22}}, a private in the
    Philippine Scouts, when the starving US and Filipino forces on Bataan surrendered to the
    Japanese on {{April 9, 1942}}. [[About 76,000 Filipino and American
    prisoners|arrested;n=Filipino and American prisoners]], among them [[about 12,000
    Americans|arrested]], were forced to march some {{100 kilometers}} to a railhead in the
    heat of the dry season. [[Between 5,000 and 10,000|killed;n=-]] died on the way, and
    [[about 20,000 more|killed;n=-]] died of disease and hunger at Camp O'Donnell in the
    following {{two months}}. Dizon escaped during a night march and later joined a guerrilla
    unit of [[about 200 fighters|combatants]] in the Zambales mountains. He spent the last
    {{three decades}} campaigning for the pensions of Filipino veterans. The Philippine
    Veterans Affairs Office says [[fewer than 1,000 World War II veterans|other;a=The
    Philippine Veterans Affairs Office]] are still alive. He is survived by [[eight
    children|other]].""",
)

item(
    "Hanneke Vos: Dutch nurse who smuggled Jewish children to safety dies at 102",
    """Hanneke Vos, a Dutch nurse who helped smuggle [[more than 100 Jewish
    children|displaced]] out of a creche in Amsterdam under the noses of the Nazis, has died
    {{aged 102}}. In {{1943}} she was {{20}} and working at the creche opposite the Hollandsche
    Schouwburg, a theatre where [[about 46,000 Jews|arrested]] were held before being deported
    to the camps. Children were carried out in laundry baskets and rucksacks, or walked out
    behind a passing tram, and taken to hiding places in the countryside. Historians estimate
    that [[about 600 children|displaced;a=Historians]] were saved through the creche. [[About
    102,000|killed;n=-]] of the Netherlands' [[140,000 Jews|civilians]] were murdered in the
    Holocaust, the highest proportion in western Europe. Vos also hid [[two girls|displaced]]
    in her parents' attic in Haarlem for {{two years}}. Yad Vashem recognised her as Righteous
    Among the Nations in {{1983}}, one of [[more than 5,900 Dutch people|other]] to receive the
    honour. She rarely spoke about it, her son said, "because she thought it was normal".""",
)

item(
    "Chornobyl firefighter Mykola Vasylenko dies at 88",
    """Mykola Vasylenko, a firefighter who was among the first to reach the burning {{fourth}}
    reactor at the Chornobyl nuclear power plant, died in Kyiv on {{April 22}}, {{four days}}
    before the {{35th}} anniversary of the disaster. He was {{88}}. [[Thirty-one
    people|killed;a=the official Soviet count]], most of them firefighters and plant workers,
    died within weeks of the explosion on {{April 26, 1986}}, according to the official Soviet
    count. Vasylenko, then {{53}}, spent {{three weeks}} in a Moscow hospital and lived with
    the consequences for the rest of his life. He later became one of [[about 600,000
    liquidators|other]] sent from across the Soviet Union to clean up the site. [[Some 116,000
    people|displaced]] were evacuated from the {{30-kilometer}} zone in {{1986}}, [[about
    49,000|displaced;n=-]] of them from Pripyat alone, and [[220,000 more|displaced;n=-]] were
    resettled in later years. In {{2022}}, Russian troops occupied the plant for {{five weeks}}
    and took [[169 National Guard soldiers|arrested]] prisoner. Vasylenko is survived by his
    wife, Halyna, and [[three sons|other]].""",
)

item(
    "Elena Ferraro, founding member of the Grandmothers of Plaza de Mayo, dies at 95",
    """Elena Ferraro, one of the [[12 women|other]] who founded the Grandmothers of Plaza de
    Mayo in {{1977}} to search for babies stolen by the military dictatorship, died on Sunday
    in Buenos Aires. She was {{95}}. Her daughter Laura was {{24}} and {{five months}} pregnant
    when she was abducted by a navy task force in {{1978}}; neither she nor her husband was
    seen again. They are among the [[30,000 people|missing;a=human rights groups]] that human
    rights groups say were disappeared between {{1976}} and {{1983}}. The Grandmothers have
    found [[139 grandchildren|kidnapped]] of an estimated [[500 babies|kidnapped]] taken from
    their parents and raised under false identities. The national genetic data bank holds
    samples from [[about 300 families|other;a=The national genetic data bank]] still searching,
    it says. Since {{2000}}, [[more than 1,000 young adults|other]] with doubts about their
    origins have come forward to be tested. Ferraro found her grandson in {{2016}}, when he was
    {{38}}. [[Hundreds of people|other]] gathered on Monday outside the group's headquarters,
    holding up white scarves.""",
)

item(
    "Jean-Baptiste Habimana, hotel manager who sheltered genocide survivors, dies at 71",
    """KIGALI - Jean-Baptiste Habimana, who sheltered [[more than 1,200 people|displaced]] in
    the hotel he managed in Kigali during the {{1994}} genocide against the Tutsi, died on
    Friday at King Faisal Hospital. He was {{71}}. For {{76 days}}, Habimana bribed militiamen
    and army officers with beer, cash and the hotel's wine cellar, and used the hotel fax to
    call foreign governments. The UN force in Rwanda was cut from [[about 2,500
    peacekeepers|combatants]] to [[270|combatants;n=-]] as the killing began, and could do
    little to protect the hotel when [[about 30 militiamen|combatants]] surrounded it in May.
    [[More than 800,000 people|killed]] were killed across the country in {{100 days}}. Not one
    of those sheltering in the hotel was killed. After the war Habimana ran a school for [[300
    orphans|other]] in Gitarama. He leaves his wife and [[six children|other]].""",
)

item(
    "Red Cross delegate who freed hostages across three continents dies at 84",
    """GENEVA, {{March 2}} (Reuters) - Pierre Lachenal, a Swiss Red Cross delegate who
    negotiated the release of [[hundreds of hostages|kidnapped;a=the International Committee of
    the Red Cross]] in Lebanon, Colombia and the Philippines over a {{30-year}} career, has
    died aged {{84}}, the International Committee of the Red Cross said on Wednesday. During
    the Iran-Iraq war, Lachenal visited [[more than 20,000 prisoners of
    war|arrested;n=prisoners]] in camps on both sides, and he later oversaw the exchange of
    [[about 70,000 prisoners|other]] after the {{1988}} ceasefire. In {{1991}}, in Beirut, he
    helped secure the freedom of [[11 Western hostages|kidnapped]], some held for more than
    {{five years}}. In Colombia he brokered the release of [[47 soldiers and
    police|kidnapped;n=soldiers and police]] held by the FARC in {{2001}}. He was head of
    delegation in Chechnya in {{December 1996}} when [[six colleagues|killed]] were shot dead
    in their beds at a field hospital in Novye Atagi. "He never believed anyone was beyond
    talking to," said ICRC President Mirjana Spoljaric. The ICRC now employs [[more than 18,000
    people|other;a=The ICRC]] worldwide, it says.""",
)

item(
    "Larry Bowman, AP photographer who covered the Vietnam War, dies at 86",
    """NEW YORK (AP) - Larry Bowman, an Associated Press photographer whose pictures from
    Vietnam ran on front pages around the world, died Sunday in Santa Fe, New Mexico. He was
    {{86}}. Bowman spent {{11 years}} in Indochina, was wounded {{three times}} and survived a
    helicopter crash in the Central Highlands. [[More than 60 journalists|killed]] were killed
    covering the wars in Vietnam, Cambodia and Laos, [[four|killed;n=-]] of them AP staff. In
    April {{1975}} he was on one of the last helicopters out of Saigon, part of an operation
    that evacuated [[about 7,000 Americans and Vietnamese|displaced;n=Americans and
    Vietnamese]] in less than {{24 hours}}. The war killed [[about 58,000 Americans|killed]]
    and [[as many as 3 million Vietnamese|killed]]. His archive of [[some 200,000
    negatives|other;u=other]] was given to the University of Texas in {{2010}}. He is survived
    by his wife, Mai, whom he met in Saigon in {{1968}}.""",
)

item(
    "General who defended Sarajevo during the siege dies at 84",
    """SARAJEVO - Dragan Vukic, a Serb-born general who stayed in Sarajevo and helped defend
    the city against Bosnian Serb forces during its {{1,425-day}} siege, has died aged {{84}},
    his family said on Thursday. Vukic commanded [[about 1,500 men|combatants]] on the city's
    defence lines in {{1992}}, many of them volunteers armed with hunting rifles. [[About
    350,000 people|civilians]] were trapped inside. During the siege, [[more than 11,000
    people|killed]] were killed in the city, including [[about 1,600 children|killed]], as Serb
    gunners on the surrounding hills fired [[more than 300 shells a day|other]]. After the war
    he founded an association that put [[more than 6,000 children|aid;a=the association]]
    through school, the association says. In {{2011}} he was arrested in Vienna on a Serbian
    warrant and held for {{five months}} before an Austrian court refused to extradite him.
    [[Thousands of people|other;p]] are expected at his funeral on Saturday.""",
)

item(
    "Hiroshima survivor and peace activist Tomoe Ishida dies at 93",
    """Tomoe Ishida, a survivor of the atomic bombing of Hiroshima who told her story to [[more
    than 200,000 people|other]] in Japan and abroad, has died. She was {{93}}. Ishida was {{13
    years old}}, and {{2.4 kilometers}} from the hypocenter, when the bomb exploded at {{8:15
    a.m.}} on {{August 6, 1945}}. [[More than 300 of her schoolmates|killed]], mobilized to
    clear firebreaks in the city center, died that day or in the weeks after. The bomb killed
    [[about 140,000 people|killed]] by the end of that year and destroyed [[about 70,000
    buildings|housing]]. Until the pandemic she spoke to [[around 2,000 schoolchildren a
    year|other;n=schoolchildren]] at the Peace Memorial Museum. The number of hibakusha fell to
    [[99,130|other;n=-;a=the health ministry]] in March, with an average age of {{86.13}},
    according to the health ministry. In {{2024}} Nihon Hidankyo, the confederation of
    survivors' groups she belonged to, was awarded the Nobel Peace Prize.""",
)

item(
    "Amra Begic obituary",
    """The Bosnian poet Amra Begic, who has died aged {{81}}, wrote the lines that are read
    every April in Sarajevo to mark the start of the siege. Born in Mostar in {{1944}}, she
    moved to Sarajevo at {{18}} to study literature and stayed for the rest of her life,
    refusing to leave even when her flat on the {{seventh}} floor was hit in {{1993}}. Her
    {{1996}} collection Winter Without Glass won the Mak Dizdar prize, and its title poem has
    been translated across Europe. She taught at the university for {{35 years}} and published
    her last book at {{79}}. She is remembered by her students as exacting and funny.""",
)

item(
    "VE Day 80: what happens this week",
    """Events to mark the {{80th}} anniversary of Victory in Europe Day begin on Monday {{5
    May}} with a military procession from Parliament Square to Buckingham Palace. On Thursday
    {{8 May}}, a national {{two-minute}} silence will be held at {{noon}}, and a service of
    thanksgiving will take place at Westminster Abbey at {{11am}}. The government has set aside
    {{£2.5m}} for street parties and community events, and beacons will be lit across the UK at
    {{9.30pm}}. Pubs in England and Wales may stay open until {{1am}}. The war in Europe ended
    on {{8 May 1945}}, almost {{six years}} after it began.""",
)

item(
    "Holodomor museum's second stage delayed again",
    """The {{second}} stage of the National Museum of the Holodomor-Genocide in Kyiv will not
    open before {{2028}}, the Culture Ministry said on Tuesday, {{three years}} later than
    planned. Construction began in {{2017}} and is {{about 70%}} complete. The budget has risen
    from {{1.1 billion hryvnias}} to {{2.3 billion hryvnias}}, {{a fifth}} of it from private
    donors. The museum marks the famine of {{1932-33}}, which Ukraine's parliament recognised
    as genocide in {{2006}}. Work stopped for {{eight months}} after Russia's full-scale
    invasion in {{February 2022}}. The {{first}} stage, opened in {{2008}}, commemorates the
    victims on the {{fourth}} Saturday of November each year.""",
)

item(
    "Ten years after Colombia's peace deal, a third of it in place",
    """BOGOTA - {{Ten years}} after Colombia signed a peace agreement with the Revolutionary
    Armed Forces of Colombia (FARC), ending a {{52-year}} war, only {{about a third}} of its
    provisions have been fully implemented, according to the Kroc Institute at the University
    of Notre Dame, which monitors the deal. The institute said {{32%}} of commitments were
    complete, {{19%}} at an intermediate stage and {{37%}} at a minimal stage, and that {{12%}}
    had not been started. Rural reform, at the heart of the accord signed on {{November 24,
    2016}}, has advanced least. The deal guaranteed the former guerrillas' party seats in
    Congress for {{two terms}}, which ended in {{2026}}. The government says it has spent {{40
    trillion pesos}} on the accord since {{2017}}.""",
)

item(
    "50 years after martial law, victims say the fight is about memory",
    """MANILA - On {{September 21, 1972}}, Ferdinand Marcos signed {{Proclamation No. 1081}},
    placing the Philippines under martial law for the next {{14 years}}. {{Fifty years}} later,
    with his son in Malacañang, survivors gathered on Wednesday at the Bantayog ng mga Bayani
    in Quezon City. "I was {{19}} when they took me from my dormitory," said former student
    leader Judy Taguiwalo, now {{72}}. A {{2013}} law set aside {{P10 billion}}, taken from
    Marcos family deposits in Swiss banks, to compensate victims, and the claims board closed
    in {{2018}}. Textbooks now give the period a few paragraphs, teachers say.""",
)
