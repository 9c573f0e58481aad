"""dev237 negatives, part C: photo prizes, film sets, exhibitions of old war photographs,
anniversaries, peace ceremonies, festivals, fashion weeks and elections. (title, text, kind code)."""

NEGATIVES = [
    (
        "World Press Photo of the Year goes to a picture from Gaza",
        "A photograph by Reuters photographer Mohammed Salem of a Palestinian woman cradling the "
        "body of her five-year-old niece in a Khan Younis morgue has won the World Press Photo of "
        "the Year, the jury announced in Amsterdam on Thursday. The picture was taken in October, "
        "days into the war. The jury called it a considered and respectful image of unimaginable "
        "loss. The Story of the Year award went to Lee-Ann Olwage for a series on a Malagasy "
        "family living with dementia. Salem, who is from Gaza, said he hoped the prize would draw "
        "attention to the suffering of civilians. The winning photographs go on show at the "
        "Nieuwe Kerk from Saturday before touring 60 cities. Judges reviewed more than 61,000 "
        "entries from 130 countries.",
        "entertainment",
    ),
    (
        "Pulitzer for breaking news photography: the portfolio from the Kabul evacuation",
        "The Pulitzer Prize for breaking news photography went on Monday to the photography staff "
        "of The Los Angeles Times and Getty Images for their coverage of the fall of Kabul and "
        "the evacuation from its airport. The citation praised images that were raw and urgent. "
        "Marcus Yam, one of the photographers, said he dedicated the prize to the Afghan "
        "colleagues who had helped him and who remain in the country. The board also honoured "
        "Reuters photographers for their work on the pandemic in India. The award carries a prize "
        "of $15,000. The winning portfolio will be shown at the Columbia Journalism School in the "
        "autumn. Several of the pictures show crowds of Afghans pressing against the airport "
        "gates. One photograph of a child handed over a wall to a soldier was widely published. "
        "The prize was announced at a virtual ceremony. Yam is a Malaysian-born photographer.",
        "entertainment",
    ),
    (
        "On set: the making of a war film in Budapest, behind the scenes",
        "Extras in grey greatcoats run through a street of Budapest's eighth district that has "
        "been dressed as Stalingrad for a new wartime drama, in photographs from the set released "
        "by the production. Special effects crews set off controlled explosions in a gutted "
        "factory. A director shouts through a megaphone as smoke machines fill the air. Between "
        "takes, actors in bloodied bandages queue for coffee at the catering van. A tank built on "
        "the chassis of a tractor waits for its scene. The film, about a sniper duel, is due in "
        "cinemas next winter. Residents have been warned of loud bangs during night shoots. "
        "Hungarian crews, who have worked on dozens of foreign productions, built the ruined "
        "street in four weeks. The lead actor trained for months with a former army sniper. "
        "Costumes were copied from photographs in a Moscow archive. A dog that appears in the "
        "film rests on a blanket.",
        "entertainment",
    ),
    (
        "Oppenheimer's desert: photographs from the New Mexico set",
        "Crew members build a replica of the Los Alamos laboratory on a mesa in Ghost Ranch, New "
        "Mexico, in set photographs released ahead of the release of Christopher Nolan's film "
        "about the making of the atomic bomb. Cillian Murphy, in a porkpie hat, studies his lines "
        "under a parasol. The production staged the Trinity test with practical effects rather "
        "than computer graphics, filling a field with petrol and aluminium powder. Extras dressed "
        "as soldiers wait beside army trucks from the 1940s. Nolan said he wanted the audience to "
        "feel the heat of the blast. Emily Blunt rides a horse across the dry scrubland near the "
        "set. The production built a full-size town of wooden huts. Crew members sheltered from "
        "the sun under tents. Nolan shot the film on large-format Imax cameras. The film opens in "
        "July.",
        "entertainment",
    ),
    (
        "Don McCullin retrospective: sixty years of conflict photography at Tate Britain",
        "A soldier in shell shock stares past the camera in Hue in 1968, in one of the 250 prints "
        "in the Tate's retrospective of Don McCullin, which opened on Tuesday. The exhibition "
        "moves from the working-class streets of north London to the wars of Cyprus, Congo, "
        "Biafra, Vietnam, Lebanon and Northern Ireland, and ends with the quiet landscapes of "
        "Somerset. McCullin, now 83, printed every photograph himself in his darkroom. He says he "
        "feels guilty for the pictures that made his name. Critics have called the show "
        "devastating. It runs until May. One room is devoted to his pictures of the famine in "
        "Biafra, which the curators call the most difficult. Visitors linger over his portrait of "
        "a starving albino boy. McCullin gave a short talk at the opening and wore his old camera "
        "around his neck. The show then travels to Liverpool.",
        "entertainment",
    ),
    (
        "Photobook of the year: a Ukrainian's quiet diary of Kyiv",
        "A book of photographs by Kyiv photographer Yevgenia Belorusets, made over the first "
        "months of Russia's full-scale invasion, has been named photobook of the year at the "
        "Paris Photo fair. The pictures show neighbours walking dogs during air raid alerts, a "
        "florist arranging tulips and a man repairing a bicycle in a courtyard. The jury praised "
        "its refusal of the spectacle of war. Belorusets said she wanted to show ordinary life "
        "continuing. The book, printed in an edition of 1,500, sold out on the first day of the "
        "fair. Belorusets also kept a written diary, published in several languages. Her earlier "
        "work looked at women miners in the Donbas. The book's designer used newsprint-style "
        "paper. Copies will be reprinted in the spring. A second prize went to a book on Peru's "
        "dry forests. The fair in the Grand Palais drew 70,000 visitors.",
        "entertainment",
    ),
    (
        "Sony World Photography Awards: the winners in pictures",
        "A herd of elephants crosses a river at dawn in Botswana in the picture that won the "
        "wildlife category of the Sony World Photography Awards, announced in London on Thursday. "
        "The overall prize went to a Brazilian photographer for a series on families displaced by "
        "rising seas in Maranhão. Other winners include a portrait of a Mongolian eagle hunter, a "
        "shot of a dancer on a Lisbon rooftop, and a series on women's boxing clubs in Mexico "
        "City. The open competition drew more than 400,000 entries from 220 countries and "
        "territories. An exhibition of the winning images runs at Somerset House until May. The "
        "judges praised the range of subjects this year. A student from Kenya won the youth "
        "category for a portrait of her grandmother. The prize carries $25,000 and new camera "
        "equipment. Many entrants submitted pictures taken on phones.",
        "entertainment",
    ),
    (
        "Bayeux-Calvados award: war correspondents honoured in Normandy",
        "The Bayeux-Calvados-Normandy award for war correspondents was presented on Saturday to a "
        "photographer for a series of portraits of soldiers' widows in Ukraine. The jury, chaired "
        "by a former AFP photographer, also honoured a television team for a report from Sudan. "
        "An open-air exhibition of the shortlisted photographs lines the streets of the Norman "
        "town. Visitors stop in front of a large print of a child sleeping in a school corridor. "
        "The week-long festival also includes screenings and debates. The memorial to journalists "
        "killed at work stands at the edge of the town. Past winners include photographers who "
        "covered the wars in Syria, Iraq and Afghanistan. Students from local schools guide "
        "visitors through the exhibition. A debate on the safety of reporters in conflict zones "
        "filled the town's cinema. The prize is worth 7,000 euros.",
        "entertainment",
    ),
    (
        "Robert Capa's D-Day negatives shown in full for the first time",
        "The eleven surviving frames that Robert Capa shot on Omaha Beach on 6 June 1944 have "
        "gone on show at the International Center of Photography in New York, alongside contact "
        "sheets and letters from the magazine that published them. Blurred figures crawl through "
        "the surf behind steel obstacles. Most of the film was ruined in a darkroom accident in "
        "London, according to the long-told account, which curators now question. A soldier's "
        "helmet found on the beach is displayed beside the prints. The exhibition marks the 80th "
        "anniversary of the landings. It runs until September. A room is given over to the work "
        "of other photographers who landed with the troops. Curators said the prints had been "
        "made from the original negatives. Visitors queued around the block on the opening day. A "
        "film about Capa's life plays in a side room.",
        "history",
    ),
    (
        "Eighty years on: Warsaw Uprising in archive photographs",
        "A young insurgent in a German helmet and a white and red armband smiles at the camera on "
        "a barricade in Warsaw's Old Town in August 1944, in a photograph from the archive of the "
        "Warsaw Rising Museum, which has released 300 newly digitised images for the anniversary. "
        "Sirens sounded across the city at 5pm on Thursday, and traffic stopped for a minute of "
        "silence. Veterans, now in their late nineties, laid wreaths at the Powązki cemetery. A "
        "girl holds a flare outside the museum. The uprising cost the lives of about 200,000 "
        "people, most of them civilians. Another photograph shows a boy scout carrying mail "
        "through a sewer. Children of the uprising's veterans have helped to identify faces. "
        "Hundreds of people gathered at the Gloria Victis monument in the evening. Flares are lit "
        "on the bridges over the Vistula each year. The museum plans a new exhibition in the "
        "autumn.",
        "history",
    ),
    (
        "Hiroshima's Peace Memorial Ceremony in photographs",
        "Doves are released over the Peace Memorial Park in Hiroshima at 8.15am on Tuesday, the "
        "time the atomic bomb exploded over the city 78 years ago. Survivors, whose average age "
        "is now over 85, bow in front of the cenotaph. The city's mayor called on world leaders "
        "to abandon nuclear deterrence. Lanterns float down the Motoyasu river in the evening. A "
        "schoolgirl folds paper cranes at the Children's Peace Monument. The ruined dome of the "
        "Industrial Promotion Hall stands lit against the night sky. The names of 5,000 people "
        "who died in the past year were added to the register of victims. Representatives of 111 "
        "countries attended. A 90-year-old survivor tells students what she saw as a girl. The "
        "ceremony was broadcast live across Japan. Rain fell briefly in the afternoon.",
        "history",
    ),
    (
        "Sarajevo's siege remembered: a photo exhibition in the old tunnel",
        "Visitors walk through the Tunnel of Hope under Sarajevo airport, the lifeline that "
        "carried food, arms and people into the besieged city during the 1990s war, where an "
        "exhibition of photographs from the siege has opened. A woman runs across Sniper Alley "
        "with a plastic bag. Children play in the snow beside a burnt-out tram. The pictures were "
        "taken by Bosnian photographers who worked for local newspapers. Survivors stop in front "
        "of a portrait of a cellist playing in the ruins of the national library. The exhibition "
        "marks 30 years since the end of the siege. Visitors from abroad follow a guide along the "
        "800-metre tunnel, bent almost double. A display case holds a helmet, a stove made from a "
        "tin can, and a ration card. A former soldier who carried sacks of flour through the "
        "tunnel now works at the museum. Schools will bring classes in the spring.",
        "history",
    ),
    (
        "Gallipoli dawn service: Anzac Day at Anzac Cove, in pictures",
        "Australians and New Zealanders hold candles during the dawn service at Anzac Cove on the "
        "Gallipoli peninsula on Tuesday, marking 108 years since the landings of 1915. A bugler "
        "plays the Last Post as the sun rises over the Aegean. Young backpackers slept on the "
        "grass overnight wrapped in sleeping bags. Turkish soldiers in dress uniform stand at the "
        "memorial to the Ottoman dead. A woman touches the name of her great-grandfather on a "
        "headstone at Lone Pine cemetery. The campaign killed more than 100,000 soldiers on both "
        "sides. A choir of schoolchildren from Canberra sings the national anthem. Wreaths are "
        "laid by ambassadors and Turkish officials. Visitors walk up the hill to Chunuk Bair "
        "after the service. Sheep graze among the headstones. A New Zealander holds a photograph "
        "of his great-uncle in uniform.",
        "history",
    ),
    (
        "Battle of Hastings re-enacted, with chain mail and longbows",
        "Hundreds of re-enactors in chain mail charge up Senlac Hill at Battle Abbey in East "
        "Sussex on Saturday as English Heritage staged the Battle of Hastings for its annual "
        "weekend. Norman knights on horseback clash with Saxon shield walls in a cloud of dust. A "
        "boy dressed as a squire carries a wooden sword. An archer aims a blunt arrow during a "
        "demonstration. The organisers said 5,000 visitors came on the first day. King Harold "
        "fell, as he did in 1066, shortly before teatime. Some 700 re-enactors came from across "
        "Europe. A stall sells mead and bread baked in a clay oven. A Norman knight falls from "
        "his horse on cue. A child tries on a helmet at a tent run by a history society. "
        "Storytellers recount the events of the battle to children. A falconer shows off a hawk.",
        "history",
    ),
    (
        "Colombia's peace deal signed in Cartagena, in pictures",
        "President Juan Manuel Santos and the FARC commander Rodrigo Londoño, known as "
        "Timochenko, shake hands in Cartagena on Monday after signing a peace agreement with a "
        "pen made from a bullet. Guests dressed in white as a symbol of peace. Some 2,500 people, "
        "including 15 heads of state, attended the ceremony. Women in the crowd weep and wave "
        "white handkerchiefs. A band of former guerrillas plays in a camp in the south of the "
        "country. The deal will be put to a referendum on Sunday. The UN Secretary-General, Ban "
        "Ki-moon, called it a day of hope. Rebel fighters in camps in Meta watched the ceremony "
        "on a television set hooked up to a generator. The agreement ends more than half a "
        "century of war. A girl releases a dove in the square. The presidents of Cuba and "
        "Venezuela were among those at the ceremony. Thousands danced in Bogotá's Plaza Bolívar.",
        "peace",
    ),
    (
        "Ceasefire day in Addis Ababa and Pretoria: the signing, in pictures",
        "Envoys of the Ethiopian government and the Tigray People's Liberation Front exchange "
        "documents in Pretoria on Wednesday after agreeing to a permanent cessation of "
        "hostilities, in talks mediated by the African Union. Former Nigerian President Olusegun "
        "Obasanjo, the AU's envoy, raises the joined hands of the two negotiators. In Addis "
        "Ababa, residents watch the announcement on televisions in cafes. In a Tigrayan diaspora "
        "church in Washington, worshippers light candles. The deal provides for the disarmament "
        "of Tigrayan forces and the restoration of services. The parties will meet again in "
        "Nairobi next week. Tigrayans in Mekelle, where phone lines have been down for two years, "
        "learned of the deal from radio broadcasts. Aid agencies said they were ready to move "
        "convoys as soon as roads opened. The text did not say when Eritrean troops would "
        "withdraw.",
        "peace",
    ),
    (
        "Election day in Indonesia: the world's biggest one-day vote, in photographs",
        "Voters in Jakarta dip their fingers in purple ink after casting their ballots on "
        "Wednesday in an election in which more than 200 million people were eligible. In Papua, "
        "officials carry ballot boxes on foot through the highlands. A polling station in "
        "Surabaya was built to look like a pirate ship. Workers count ballots by lamplight into "
        "the night. Candidates had called the contest a battle for the nation's future. Quick "
        "counts showed the defence minister, Prabowo Subianto, well ahead. Ballot papers were so "
        "large they needed two hands to unfold. A voter in Bali arrives in traditional dress. In "
        "Aceh, women queue in a separate line. A polling officer carries a ballot box across a "
        "river in Kalimantan. The election commission said turnout was around 80 percent. "
        "Official results will be announced next month.",
        "politics",
    ),
    (
        "Battle of the Oranges: Ivrea's carnival, in pictures",
        "Teams of orange throwers on foot pelt the crews of horse-drawn carts with fruit in the "
        "main square of Ivrea, in northern Italy, on Sunday during the town's carnival. The "
        "festival recalls a medieval revolt against a tyrant, and spectators wear red caps to "
        "show they are not taking part. Hundreds of tonnes of oranges are shipped in from Sicily. "
        "A thrower with a bloody nose keeps going. Paramedics treated dozens of people for minor "
        "bruises, organisers said. By evening the cobbles are covered in pulp. The carts carry "
        "men in helmets and padded jackets who throw back from above. A girl wearing a red cap "
        "watches from behind a net strung across the square. The nine teams of throwers have "
        "their own colours and names. A jury awards prizes to the best teams on Tuesday. The "
        "carnival's heroine, a miller's daughter, rides in a carriage through the streets.",
        "other",
    ),
    (
        "Holi in Mathura: colours over the temples, in photographs",
        "Worshippers throw clouds of coloured powder inside the Banke Bihari temple in Vrindavan, "
        "near Mathura, on Wednesday during the Holi festival. In nearby Barsana, women beat men "
        "with wooden sticks in the Lathmar Holi, a ritual mock fight that recalls a legend of "
        "Krishna. A priest's white beard is stained pink. Tourists climb onto rooftops to watch. "
        "Police said crowds were larger than last year. The festival marks the arrival of spring. "
        "A group of widows, once shunned from the festival, throw petals in an ashram in "
        "Vrindavan. Men sing and dance to drums in the lanes. A girl with a water pistol sprays "
        "her cousins from a balcony. Traders sell bags of powder in every colour along the road. "
        "In the evening, bonfires are lit to mark the victory of good over evil. Hotels in the "
        "town say they are fully booked.",
        "other",
    ),
    (
        "Paris Fashion Week: the spring collections, in pictures",
        "Models walk the runway at the Dior show in the Tuileries gardens on Tuesday, on the "
        "second day of Paris Fashion Week. A camouflage trench coat at Balenciaga drew gasps from "
        "the front row. Designers returned to military tailoring this season, with epaulettes, "
        "cargo pockets and combat boots. Street-style photographers swarm around guests outside "
        "the Palais de Tokyo. The actress Zendaya arrived in a silver gown. Louis Vuitton closes "
        "the week on Thursday. Chanel's show was held in the Grand Palais, dressed as a beach. "
        "Models at Saint Laurent wore wide-shouldered blazers and high heels. A young designer "
        "from Senegal made her debut on the official calendar. Editors say the season felt more "
        "restrained than last year. Buyers from China and the Gulf were out in force. The week "
        "also marked the final show of a veteran designer at his own house.",
        "other",
    ),
    (
        "Lagos Fashion Week: bold prints on the runway, in photographs",
        "Models wear hand-dyed adire fabrics on the runway of Lagos Fashion Week on Friday, where "
        "Nigerian designers showed collections rooted in Yoruba textiles. A designer from Accra "
        "sent out a line of coats made from recycled denim. Guests in gele headwraps pose for "
        "photographers at the entrance. Organisers said buyers from London, Paris and "
        "Johannesburg were in the audience. The week ended with a show of young designers' first "
        "collections. Several said the industry was fighting for attention abroad. One designer "
        "showed men's suits cut from woven aso-oke. The event was held in a tent on Victoria "
        "Island. Young photographers crowded the entrance to capture guests. Organisers said more "
        "designers applied this year than ever before. Many of the clothes are made by tailors in "
        "Lagos's markets. Several designers said they now sell mainly online.",
        "other",
    ),
    (
        "Tomatina in Buñol: the world's biggest food fight, in pictures",
        "Revellers hurl overripe tomatoes at each other in the narrow streets of Buñol, near "
        "Valencia, on Wednesday during the annual Tomatina festival. Trucks tipped about 120 "
        "tonnes of tomatoes into the crowd of some 15,000 people. The battle lasts exactly an "
        "hour and ends with a cannon shot. Firefighters then hose down the streets and the "
        "participants. A man in goggles is drenched in pulp. Tickets sold out weeks in advance. "
        "The tomatoes are grown for the event and are not fit to eat. Tourists from Australia, "
        "Japan and the US make up most of the crowd. A man climbs a greasy pole to grab a ham, "
        "the traditional signal for the start. The town has about 9,000 residents. Shop owners "
        "cover their windows in plastic sheeting. Organisers say the festival dates back to 1945. "
        "Participants are asked to squash the tomatoes before throwing.",
        "other",
    ),
    (
        "Songkran in Bangkok: the water war, in photographs",
        "Revellers armed with water guns fire at passers-by on Silom Road in Bangkok on Saturday "
        "as Thailand celebrated Songkran, the traditional new year. Elephants spray tourists in "
        "Ayutthaya. A monk is showered with scented water in a temple ritual. Police set up "
        "checkpoints to catch drink drivers during the holiday, when road deaths rise every year. "
        "Children fill buckets from a barrel on a pickup truck. The government hopes the festival "
        "will draw four million foreign visitors. Crowds fill Khao San Road, where music plays "
        "late into the night. Families pour water over the hands of their elders as a sign of "
        "respect. A man in a Hawaiian shirt wields a water gun the size of a rifle. In Chiang "
        "Mai, revellers splash each other from the moat around the old city. Unesco added "
        "Songkran to its list of intangible heritage last year.",
        "other",
    ),
]
