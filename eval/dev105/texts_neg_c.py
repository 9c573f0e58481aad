"""dev105 hard negatives (history, entertainment, disaster): war words in passing, no conflict.

Labels follow eval/README.md, section 1. Paragraphs are joined by single spaces (_t).
"""


def _t(s: str) -> str:
    return " ".join(s.split())


# (title, text, kind code)
NEGATIVES = [
    (
        "Anzac Day at Villers-Bretonneux: a century on, a village still says thank you",
        _t("""
            More than 8000 people stood in the dark on the hill above Villers-Bretonneux for the
            Anzac Day dawn service, marking 100 years since Australian troops recaptured the French
            village from the German army in April 1918. The service, attended by Prime Minister
            Malcolm Turnbull, Prince Charles and the French prime minister, was followed by the
            opening of the Sir John Monash Centre, a $100 million interpretive centre named after
            the Australian commander on the Western Front. More than 1200 Australians were killed
            in the fighting around the village, and nearly 46,000 Australians died in France and
            Belgium during the First World War. The village school, rebuilt with money raised by
            Victorian schoolchildren in the 1920s, still carries the words "Do not forget
            Australia" above its playground. Turnbull told the crowd that the soldiers had fought
            "not for conquest, but for the freedom of others". Many in the crowd were descendants
            of men who fought at Villers-Bretonneux, some carrying medals and photographs. The
            new centre, which uses films and interactive displays, has been criticised by some
            historians as too costly. Services were also held at dawn in capital cities and
            country towns across Australia, with record crowds reported in Canberra.
        """),
        "history",
    ),
    (
        "Plymouth wartime bomb: 10,000 people evacuated as device is taken out to sea",
        _t("""
            A Second World War bomb found in a back garden in Plymouth has been taken through the
            city's streets and detonated at sea, in one of the largest peacetime evacuations in
            the UK. More than 10,000 people were asked to leave their homes on Friday as a military
            convoy carried the 500kg device from St Michael Avenue in Keyham to the Torpoint ferry
            slipway. Bomb disposal experts from the Army and Royal Navy then towed it out to deep
            water, where it was blown up in a controlled explosion that sent a plume of water into
            the air. The unexploded German bomb was discovered by a man digging an extension on
            Tuesday. Plymouth was heavily bombed during the Blitz because of its naval dockyard,
            and more than 1,100 civilians were killed in air raids on the city. Rail services were
            suspended and schools were closed for the day while the device was moved. Residents
            who had spent two nights in a leisure centre and with friends were allowed back in the
            afternoon. Devon and Cornwall Police thanked people for their patience, and the city
            council's leader said the operation had been "unprecedented". One resident who watched
            the convoy pass said it was a reminder of what the city's grandparents had lived
            through.
        """),
        "history",
    ),
    (
        "Thousands of Canadians gather at Vimy Ridge for 100th anniversary of battle",
        _t("""
            Some 25,000 people, many of them Canadian high school students, gathered at the Vimy
            Memorial in northern France on Sunday to mark the 100th anniversary of the Battle of
            Vimy Ridge, a First World War victory that became a defining moment in the country's
            history. Prime Minister Justin Trudeau, Governor General David Johnston, Prince
            Charles and his sons, and French President François Hollande attended the ceremony at
            the monument's twin white pylons, which bear the names of more than 11,000 Canadian
            soldiers killed in France who have no known grave. On April 9, 1917, all four divisions
            of the Canadian Corps attacked together for the first time and took the ridge in three
            days, at a cost of 3,598 dead and more than 7,000 wounded. "Canada was born here," Mr.
            Trudeau said, repeating a phrase used by one of the soldiers who fought there. Students
            from every province had raised money for the trip, and many placed photographs of
            soldiers from their hometowns in the grass beside the monument. Historians have long
            debated whether Vimy deserves the place it holds in national memory, noting that many
            French-Canadians saw the war very differently. Ceremonies were also held at cenotaphs
            across Canada, where crowds stood in wet spring snow.
        """),
        "history",
    ),
    (
        "At Omaha Beach, Some of the Last D-Day Veterans Return for the 80th Anniversary",
        _t("""
            COLLEVILLE-SUR-MER, France - They came in wheelchairs, on canes and on the arms of
            their grandchildren, about 180 American veterans of World War II, most of them in their
            late 90s and several over 100, for what many understood would be their last visit to
            the beaches of Normandy. On Thursday, President Biden led the commemoration of the 80th
            anniversary of the D-Day landings at the American Cemetery above Omaha Beach, where
            more than 9,300 American service members are buried. The veterans were flown in on
            chartered planes paid for by a nonprofit group and greeted by cheering crowds in
            villages that still fly American flags every June. "I was 19 and scared to death," said
            a 100-year-old former Army medic from Ohio, who landed on the beach in the second wave.
            "I don't know why I lived and my buddies didn't." Mr. Biden used his speech to tie the
            sacrifice of 1944 to the defense of democracy today and to support for Ukraine. French
            President Emmanuel Macron awarded the Legion of Honor to several of the veterans. One
            veteran, a 102-year-old from Pennsylvania, died on the trip to France, his family said.
            Events continue through the weekend, including parachute jumps over Sainte-Mère-Église.
        """),
        "history",
    ),
    (
        "Thousands gather at Béal na Bláth to mark centenary of Michael Collins's death",
        _t("""
            Several thousand people gathered at Béal na Bláth in west Cork on Sunday to mark the
            centenary of the death of Michael Collins, in a commemoration addressed for the first
            time by a Taoiseach from Fianna Fáil, the party whose founders opposed Collins in the
            Civil War. Collins, commander-in-chief of the National Army, was killed in an ambush by
            anti-Treaty IRA forces at the remote crossroads on August 22nd, 1922, aged 31. The
            Taoiseach, Micheál Martin, said the Civil War had left a "terrible legacy of
            bitterness" and that the State had a duty to remember all those who died on both
            sides. He was joined by the Tánaiste, Leo Varadkar, and members of the Collins family.
            A wreath was laid at the monument that marks the spot where Collins fell, and the
            Defence Forces provided a guard of honour and a piper. Historians have warned that the
            centenary years of the Civil War are the most sensitive part of the Decade of
            Centenaries, and the Government has chosen a low-key programme of events. Local people
            said the crowd was the biggest seen at the site in decades. An exhibition of Collins's
            letters and uniform opens at the National Museum at Collins Barracks next month.
        """),
        "history",
    ),
    (
        "Civil War review - Alex Garland's shattered America is a nightmare that lingers",
        _t("""
            The most frightening thing in Alex Garland's Civil War is not the gunfire, though
            there is plenty of it, but the silence of the small towns his characters drive
            through, where shopkeepers pretend that nothing is happening. Set in an unspecified
            near future in which Texas and California have formed an alliance and gone to war with
            a federal government led by a third-term president, the film follows four journalists
            on a road trip from New York to Washington. Kirsten Dunst is superb as Lee, a veteran
            war photographer numbed by what she has seen, and Cailee Spaeny is the young
            photographer who wants to be her. Garland, who wrote and directed, stages the battle
            scenes with a terrible clarity, and one sequence, in which Jesse Plemons plays a
            soldier asking "what kind of American" his captives are, is among the most chilling of
            the year. Some viewers will be frustrated that the film refuses to explain how the war
            began or what either side believes. That restraint is deliberate: this is a film about
            looking, and about the cost of looking. The sound design, all helicopter thud and
            sudden rifle fire, is extraordinary. Civil War is in cinemas from Friday.
        """),
        "entertainment",
    ),
    (
        "Danger Close brings the Battle of Long Tan to the big screen, 53 years on",
        _t("""
            For decades, the veterans of D Company, 6th Battalion, Royal Australian Regiment,
            felt their story had been overlooked. On August 18, 1966, 108 Australian and New
            Zealand soldiers held off a far larger force of Viet Cong and North Vietnamese troops
            in a rubber plantation near Long Tan, in a battle that left 18 Australians dead. This
            week that fight arrives in cinemas in Danger Close, a $24 million film directed by
            Kriv Stenders and starring Travis Fimmel as Major Harry Smith. Shot in Queensland,
            with the plantation recreated in a pine forest, the film spends most of its running
            time inside the three hours of the battle, in torrential rain. Several Long Tan
            veterans, now in their 70s, were advisers on the film, and some attended the premiere
            in Sydney on Monday night. "They got the noise right, and the rain," one former
            private said. Critics have praised the battle sequences but said the film leaves
            little room for the Vietnamese side of the story. The producers spent more than a
            decade raising the money, and the film was partly funded by Screen Australia. Danger
            Close opens nationally on Thursday.
        """),
        "entertainment",
    ),
    (
        "Peter Jackson's First World War film brings 100-year-old footage back to life",
        _t("""
            Peter Jackson's documentary They Shall Not Grow Old has had its New Zealand premiere in
            Wellington, a month after it opened at the London Film Festival. The film uses footage
            shot on the Western Front between 1914 and 1918, held by the Imperial War Museum in
            London, which Jackson's team restored, colourised and converted to 3D. Lip readers were
            hired to work out what soldiers were saying on camera, and actors recorded the lines.
            There is no narrator; the story is told by the voices of British veterans recorded by
            the BBC in the 1960s and 1970s. Jackson, whose grandfather served in the war, said he
            wanted audiences to see the soldiers as "real people, not as ghosts in flickering
            grey". He told RNZ the hardest part had been the trench sequences, where the footage
            had been damaged by time. The film was commissioned for the centenary of the armistice
            and has been broadcast on BBC Two. It will screen in cinemas around the country from
            next week, and Jackson has donated his fee to the Imperial War Museum. Critics in
            London called it a landmark in the use of archive film.
        """),
        "entertainment",
    ),
    (
        "A Nurse Comes Home From Iraq, and the War Comes With Her",
        _t("""
            In the first chapter of Rachel Ennis's debut novel, "The Long Quiet," an Army nurse
            named Dana Ruiz lands at Fort Hood after a year at a combat hospital in Balad and
            discovers that she can no longer stand in a grocery store checkout line. The novel
            follows Dana over the next two years as she returns to her hometown in New Mexico,
            takes a night job in an emergency room and tries to explain to her sister why the
            sound of a helicopter makes her leave the room. Ennis, who served as an Army nurse in
            Iraq from 2006 to 2007, writes about trauma with a clinician's precision and none of
            the sentimentality that hangs over many war novels. The flashbacks to the hospital,
            where Dana treats soldiers wounded by roadside bombs and Iraqi children burned in
            attacks, are harrowing but brief. The book's real subject is what happens after the
            war: the waiting rooms of the Department of Veterans Affairs, the friends who stop
            calling, the marriage that quietly ends. The ending, set at a veterans' reunion in El
            Paso, is a little too tidy. But this is a striking, humane debut. "The Long Quiet" is
            published by Knopf.
        """),
        "entertainment",
    ),
    (
        "Bushfires: 3000 army reservists called out as Kangaroo Island burns",
        _t("""
            The federal government will call out up to 3000 Australian Defence Force reservists to
            help fight the bushfire crisis, the first compulsory call-out of reservists in the
            nation's history. Prime Minister Scott Morrison announced the move on Saturday as
            fires burned across New South Wales, Victoria and South Australia, where flames swept
            through the western end of Kangaroo Island, killing two people. Navy ships HMAS
            Choules and MV Sycamore have evacuated more than 1000 people from Mallacoota on the
            Victorian coast, where residents spent New Year's Eve sheltering on the beach.
            Helicopters and aircraft from the Royal Australian Air Force have been delivering food,
            water and fuel to cut-off towns. At least 23 people have died since the fire season
            began, and more than 1500 homes have been destroyed in NSW alone. Morrison said the
            country was "on a war footing" against the fires, a phrase some firefighters welcomed
            and others said had come too late. The Rural Fire Service commissioner, Shane
            Fitzsimmons, said he had learned of the call-out from the media. Conditions were
            forecast to ease on Sunday, with a southerly change bringing cooler temperatures.
        """),
        "disaster",
    ),
    (
        "Cyclone Gabrielle: national state of emergency as Hawke's Bay cut off",
        _t("""
            The government has declared a national state of emergency, only the third in New
            Zealand's history, as Cyclone Gabrielle left Hawke's Bay, Tairāwhiti and parts of
            Northland cut off by floodwater, slips and broken bridges. At least four people have
            died, including a volunteer firefighter caught in a landslide in Muriwai, and police
            say several others are unaccounted for. Civil defence officials say about 10,000 people
            have been displaced, many of them from the Esk Valley, where silt and water reached
            the rooflines of houses. Defence Force helicopters and NH90s have winched dozens of
            people from rooftops, and HMNZS Canterbury has sailed for Napier with supplies of food,
            water and generators. Power and phone lines are down across much of Hawke's Bay, and
            the region has been without communication for more than 24 hours. Prime Minister Chris
            Hipkins described the storm as the most significant weather event New Zealand had
            seen this century. "The damage is immense," he said. Emergency Management Minister
            Kieran McAnulty said army engineers would be sent to rebuild temporary bridges.
            MetService said the heavy rain would ease on Wednesday, but warned of further slips.
        """),
        "disaster",
    ),
    (
        "Helene leaves Asheville cut off; National Guard airlifts water into mountain towns",
        _t("""
            ASHEVILLE, N.C. (AP) - Residents of western North Carolina's mountain towns lined up
            for water and fuel on Monday as National Guard helicopters flew supplies into
            communities cut off by the floods from Hurricane Helene. The storm, which made landfall
            in Florida's Big Bend as a Category 4 hurricane on Thursday, has killed at least 100
            people across six states, more than 30 of them in Buncombe County, which includes
            Asheville. Hundreds of people are still unaccounted for, though officials said many may
            simply be without phone service. Interstate 40 is closed near the Tennessee line after
            sections of the road washed into the Pigeon River. "It looks like a war zone," said a
            restaurant owner in Swannanoa, where the river swept away homes and cars. About 1,000
            members of the North Carolina National Guard have been deployed, and active-duty
            soldiers from Fort Liberty are expected to join them. President Biden said he would
            visit the region this week and promised federal help for as long as it was needed. The
            city of Asheville said its water system could take weeks to repair. Shelters in
            Asheville and Hendersonville were full on Sunday night.
        """),
        "disaster",
    ),
    (
        "Yellowknife ordered to evacuate as wildfire closes in; military flights begin",
        _t("""
            All 20,000 residents of Yellowknife have been ordered to leave the city by noon on
            Friday as a wildfire burning about 15 kilometres away threatens to reach its outskirts
            by the weekend. The Northwest Territories government declared a territorial state of
            emergency on Tuesday night, and long lines of vehicles formed on Highway 3, the only
            road out of the city, heading south toward Alberta. Canadian Armed Forces aircraft have
            begun flying out people who cannot drive, including hospital patients and residents of
            long-term care homes, and soldiers are helping firefighters build fire breaks around
            the city. Hay River and several First Nations communities have already been evacuated,
            and some residents have fled fires for the second time this year. Shane Thompson, the
            territory's environment minister, said the city was "not at risk of immediate danger"
            but that the evacuation was needed to keep the highway open. Evacuees are being
            registered at centres in Edmonton and Calgary. Canada is having its worst wildfire
            season on record, with more than 14 million hectares burned. Residents posted photos of
            orange skies and ash falling on cars as they left.
        """),
        "disaster",
    ),
]
