"""Negatives of dev331: on-set accidents, crimes by and against screen people, disasters and
epidemics that stop productions, the military on screen, and peace on the air.
(title, text, kind code); texts are written wrapped and joined here."""


def _t(s: str) -> str:
    return " ".join(s.split())


NEGATIVES = [
    (
        "Cinematographer killed, director wounded as prop gun fires live round on New Mexico film set",
        _t("""A cinematographer was killed and a director wounded on Thursday when an actor fired
        a prop gun on the set of a western being filmed at a ranch near Santa Fe, New Mexico, the
        county sheriff's office said. The 42-year-old cinematographer was flown to a hospital in
        Albuquerque, where she died. The director was treated for a shoulder wound and later
        released. Investigators said an assistant director had handed the weapon to the actor
        and declared it "cold", meaning it carried no live ammunition. Crew members had walked
        off the production hours earlier to protest about long hours and safety, according to
        people familiar with the set. No charges have been filed. The shooting has reignited a
        debate in Hollywood over whether real firearms should be used at all when digital
        effects can replace muzzle flashes. The film's production has been halted. Industry
        unions held a vigil for the cinematographer in Albuquerque on Saturday."""),
        "accident",
    ),
    (
        "Crane collapse on Tamil film set kills three crew members near Chennai",
        _t("""Three crew members were killed and at least ten injured when a crane carrying
        lights collapsed on the set of a big-budget Tamil film at a studio on the outskirts of
        Chennai late on Wednesday, police said. The crane was being used to film a night scene
        when its arm gave way and fell on a tent where assistant directors and technicians were
        waiting. The film's star, who was on set but not hurt, said he was "shattered" and
        announced compensation of 10 million rupees for the victims' families. Police arrested
        the crane operator and opened a case for causing death by negligence. Film workers'
        unions said safety rules on sets were routinely ignored to save time and money and called
        for an inquiry. Shooting was suspended for two weeks. The producers said they would
        cooperate with investigators. Industry figures attended the funerals on Friday."""),
        "accident",
    ),
    (
        "Pyrotechnic blast on war drama set in Lithuania injures eleven extras",
        _t("""Eleven extras were injured, two of them seriously, when a pyrotechnic charge went
        off early during the filming of a battle scene for a Second World War drama near Vilnius
        on Tuesday, the production company said. The explosion happened as about 150 extras in
        period uniforms were crossing a field for a scene depicting the Red Army's advance in
        1944. Two men suffered burns and shrapnel wounds from debris and were taken to hospital
        in the capital; the others were treated at the scene for cuts and hearing problems.
        Police and labour inspectors opened an investigation. The production, a co-venture
        between a Scandinavian streamer and a German studio, is one of many to have used
        Lithuania's countryside and tax incentives in recent years. The special effects
        supervisor was suspended pending the inquiry. Filming resumed on Thursday without
        explosives, the producers said."""),
        "accident",
    ),
    (
        "Fire destroys sets at Mumbai's Film City, no casualties reported",
        _t("""A fire broke out on the set of a Hindi television series at Film City in Mumbai's
        Goregaon on Friday evening, destroying a large temporary structure and spreading to two
        neighbouring sets, the fire brigade said. About a dozen fire engines and water tankers
        fought the blaze for more than four hours. No one was hurt, as the crew of around 80
        people had left for a break shortly before the fire started. Officials suspected a short
        circuit in the lighting equipment. Producers said wooden sets and cloth backdrops had
        allowed the fire to spread quickly. It was the third fire at Film City this year, and
        workers' associations demanded fire safety audits of all sets. The channel that
        airs the series said episodes already filmed would keep it on air for about three weeks.
        The studio said
        damaged sets would be rebuilt within a month. The series' lead actor posted a video of
        the charred set and thanked firefighters for saving the neighbouring sound stages."""),
        "accident",
    ),
    (
        "Stunt performer dies after fall on set of war drama at Hengdian studios",
        _t("""A stunt performer died after falling from a height on the set of a television drama
        about the war against Japan at the Hengdian World Studios in eastern China, the
        production company said on Monday. The 29-year-old was performing a scene in which a
        soldier is thrown from a blast on a city wall when a safety wire failed, according to
        local media. He was taken to hospital in Dongyang but died of his injuries. Hengdian,
        sometimes called "Chinawood", hosts dozens of productions at once, many of them wartime
        dramas in which thousands of extras play Japanese and Chinese soldiers. Local
        authorities said an investigation into the accident was under way and that filming on
        the set had been suspended. The stunt performer's colleagues posted messages of
        condolence online, and some called for better insurance for stunt workers. The
        production company said it would support his family."""),
        "accident",
    ),
    (
        "Shots fired outside Salman Khan's Mumbai home, police hunt two motorcyclists",
        _t("""Two men on a motorcycle fired several rounds outside the apartment building in
        Mumbai's Bandra where Bollywood star Salman Khan lives, early on Sunday, police said. No
        one was hurt, and one bullet hit the wall of the first-floor balcony from which the actor
        often greets fans. Police said a jailed gang leader who has previously threatened the
        actor was suspected of ordering the attack, and that a post claiming responsibility had
        appeared on social media. Two suspects were arrested in Gujarat two days later, and the
        pistol was recovered from a river in Surat. The actor's security was increased. The
        gang has been linked by police to the murder of a Punjabi singer in 2022 and to a string
        of extortion cases. Khan's family said he was safe and continuing with his work.
        Mumbai's police commissioner
        visited the building. Fans gathered outside the gates in the evening, hoping to catch a
        glimpse of the actor, and were moved on by officers."""),
        "crime",
    ),
    (
        "Regional film star charged with murder of fan over messages to actress",
        _t("""Police in Bengaluru charged a popular regional film star and 16 others on Wednesday
        with the murder of a fan who had allegedly sent abusive messages to an actress close to
        the actor. The victim, a 33-year-old pharmacy worker, was abducted from his home town,
        held in a shed and beaten to death, according to the charge sheet, which runs to more
        than 3,900 pages. His body was found in a storm-water drain. The actor, whose films
        have been among the biggest hits in the state, has denied the charges. Investigators
        said they had recovered CCTV footage, phone records and bloodstained clothes. The case
        has gripped the state, and several of the actor's upcoming projects have been put on
        hold. A court is expected to consider his bail application next week. The victim's
        family has asked for a speedy trial. The actor's fan clubs have held prayers for him
        outside the prison, and his latest film, released weeks before his arrest, is still
        playing in some cinemas."""),
        "crime",
    ),
    (
        "Television reporter shot dead outside her home in Tijuana",
        _t("""A television reporter was shot dead in her car outside her home in Tijuana on
        Sunday, the Baja California state prosecutor's office said, the second journalist killed
        in the city this month. The reporter, who covered crime and local politics for an online
        news channel, had told a press conference with the president three years earlier that
        she feared for her life. A gunman approached the car on foot and fired several times,
        according to investigators, who said they were reviewing security camera footage. No
        arrests have been made, and the motive is unclear. Journalists in several Mexican cities
        held protests, lying on the ground outside state offices with photographs of killed
        colleagues. The federal government said the killing would not go unpunished. Press
        freedom groups said Mexico remains one of the deadliest countries for journalists
        outside war zones."""),
        "crime",
    ),
    (
        "K-drama actor sentenced to prison for habitual drug use",
        _t("""A South Korean actor best known for a hit period drama about palace intrigue was
        sentenced to one year in prison by the Seoul Central District Court on Tuesday for
        habitually using the anaesthetic propofol and other drugs. The court found that he had
        obtained the drugs under false pretences at several clinics more than 180 times over
        three years. He was also fined 2 million won. The actor, who appeared in court in a dark
        suit, was taken into custody after the verdict. The judge said his repeated use of drugs
        "under the pretext of medical treatment" showed a serious disregard for the law. His
        agency said it respected the court's decision. Two films and a streaming series in which
        he appears have been postponed. Prosecutors, who had sought four years, said they would
        consider an appeal. The case has prompted calls for tighter controls on the
        prescription of anaesthetics at cosmetic clinics in the Gangnam district, where several
        of the visits took place."""),
        "crime",
    ),
    (
        "Armed robbers steal cameras and cash from Nollywood crew on Lagos location",
        _t("""Armed robbers stormed the location of a Nollywood film in the Ikorodu area of Lagos
        on Saturday night, stealing cameras, laptops, phones and cash from the crew, the
        director said. About six men armed with guns and machetes arrived on motorbikes as the
        crew was preparing for a night scene, forcing actors and technicians to lie on the
        floor. One lighting technician was slashed on the arm and treated in hospital. The
        director said equipment worth about 25 million naira had been taken, much of it rented.
        The Lagos State Police Command said officers had arrested two suspects and recovered a
        camera from a market where it was being offered for sale. Producers said insecurity was
        pushing up the cost of shooting in some parts of the city. The film's lead actress posted
        a video thanking fans for their concern. Shooting will resume next week under police
        protection."""),
        "crime",
    ),
    (
        "Actor who played sniper in hit war series arrested after bar brawl in Sydney",
        _t("""An Australian actor best known for playing a sniper in a popular streaming series
        about the Second World War has been charged with assault after a brawl at a bar in
        Sydney's Surry Hills, New South Wales Police said on Monday. Officers were called to the
        venue shortly after 1 a.m. on Sunday after reports that a man had punched a bouncer and
        thrown a glass. The bouncer was treated for a cut to his face. The 38-year-old actor was
        granted bail and is due to appear at Downing Centre Local Court next month. His agent
        said he would defend the charges and asked for privacy. The actor had been celebrating
        the end of filming on the series' third season, according to a tabloid newspaper. A
        spokesperson for the streamer declined to comment. He was previously fined for a
        drink-driving offence. Fans of the series have defended him online, while the bar's
        owner said staff had been shaken and that the venue would review its security
        arrangements."""),
        "crime",
    ),
    (
        "Los Angeles wildfires halt film and TV production, delay Oscar nominations",
        _t("""Film and television production across Los Angeles came to a near halt this week as
        wildfires driven by fierce Santa Ana winds burned through neighbourhoods from Pacific
        Palisades to Altadena, killing at least 24 people and forcing more than 150,000 residents
        to evacuate. Several actors and producers lost their homes, and a number of studios
        closed their lots as smoke hung over the city. The Academy of Motion Picture Arts and
        Sciences postponed the announcement of its nominations twice and cancelled its annual
        nominees' luncheon. Premieres of two films and a streaming series were called off. Film
        crews were among the volunteers handing out food and clothes at evacuation centres. The
        fires have destroyed more than 12,000 buildings, according to the state fire agency.
        Insurers said losses could be the highest of any wildfire in US history. Officials warned
        that dry conditions would continue."""),
        "disaster",
    ),
    (
        "Turkish TV dramas halt shooting after quake destroys Antakya sets",
        _t("""Turkey's main television channels suspended the shooting of their series and
        replaced entertainment shows with rolling news and fundraising broadcasts after the
        earthquakes that struck the south-east of the country on Monday. Producers of a popular
        drama filmed in the old city of Antakya said the buildings used as sets had been reduced
        to rubble, and that several local crew members were still missing. Channels pulled
        advertising and music from the schedule for a week of national mourning. Actors joined
        a telethon on Wednesday that raised billions of lira for relief. The death toll in
        Turkey and Syria has risen above 40,000, and hundreds of thousands of people are living
        in tents. Production companies said they had sent generators, lighting trucks and
        catering vans to help rescue teams working at night. Several series are expected to
        return to the air at the end of the month."""),
        "disaster",
    ),
    (
        "Chennai floods force Tamil film releases to be postponed as cinemas close",
        _t("""Several Tamil films due for release this week have been postponed after Cyclone
        Michaung brought torrential rain to Chennai, flooding streets and cinemas and cutting
        power to large parts of the city, distributors said. More than 40 centimetres of rain
        fell in 24 hours in some areas, and at least 17 people died. Thousands of residents were
        moved to relief camps, and the army and disaster response teams used boats to rescue
        people from flooded homes. Actors used social media to share helpline numbers, and one
        star was rescued from his flooded house by a fire service boat. Multiplex chains said
        they would reopen once electricity had been restored. The film industry body said the
        losses to cinemas would run into crores of rupees. Shooting at studios in the city was
        suspended for the week. A new release starring one of the industry's biggest names was
        moved to the Pongal holiday in January, when distributors hope the city will have
        recovered."""),
        "disaster",
    ),
    (
        "Hollywood productions shut down as coronavirus spreads",
        _t("""Major studios and streaming services halted production on dozens of films and
        television series on Friday as the coronavirus spread across the United States, in what
        executives called an unprecedented shutdown of the industry. Disney, Netflix, Warner
        Bros and Universal said they would pause filming for at least two weeks, affecting
        thousands of crew members. Several blockbusters were pulled from the release calendar,
        and cinema chains began cutting capacity. A well-known actor and his wife announced that
        they had tested positive for the virus in Australia, where he was filming. Unions said
        they were working with studios on relief for workers who would lose pay. Late-night talk
        shows began recording without audiences. Health officials urged people to avoid large
        gatherings. The Cannes Film Festival said it was monitoring the situation."""),
        "health",
    ),
    (
        "State TV draws record audience for Beijing military parade",
        _t("""Chinese state broadcaster CCTV said its live coverage of the military parade in
        Beijing marking 80 years since the end of the Second World War drew a record audience
        across television and streaming, with hundreds of millions of viewers. The broadcast
        used more than 100 cameras, including drones and cameras mounted on armoured vehicles,
        to show columns of troops, tanks, hypersonic missiles and underwater drones passing
        through Tiananmen Square. Foreign leaders including the presidents of Russia and
        Indonesia watched from the rostrum. Military analysts studied the footage frame by frame
        for clues about new weapons. The broadcaster said its online clips had been viewed more
        than 2 billion times within a day. Schools organised viewings, and the parade was
        replayed on regional channels in the evening. The broadcast ended with a flypast of
        fighter jets trailing coloured smoke."""),
        "military",
    ),
    (
        "Pentagon's Hollywood office says Navy support for 'Top Gun' sequel paid off in recruits",
        _t("""The US Navy said the release of "Top Gun: Maverick" had led to a rise in interest
        from young people in becoming aviators, months after the service lent aircraft carriers,
        fighter jets and pilots to the production. The Pentagon's entertainment liaison office
        reviewed the script and was allowed to suggest changes in return for access to bases
        and equipment, a long-standing arrangement for films that portray the military. Actors
        flew in the back seats of F/A-18 Super Hornets, with cameras mounted inside the cockpits.
        The Navy set up recruiting booths at some cinemas. Critics said the arrangement amounted
        to state-sponsored promotion, while the Navy said it gave the public an accurate view of
        the job. The film has grossed more than $1.4 billion worldwide. Recruiting officials said
        the numbers were encouraging but that the service still faced shortages."""),
        "military",
    ),
    (
        "TV crews embedded as NATO stages largest exercise since Cold War",
        _t("""Television crews from more than a dozen countries were embedded with troops taking
        part in NATO's largest military exercise in decades, which began in Poland and the Baltic
        states on Monday. About 90,000 personnel from 31 countries will take part in the
        manoeuvres, which run until May and include amphibious landings, river crossings and
        live-fire drills. Crews filmed tanks being unloaded at the port of Gdansk and paratroopers
        jumping over Lithuanian forests. The alliance said the drills were meant to rehearse the
        reinforcement of its eastern flank and were not aimed at any country. Russia's foreign
        ministry called them provocative. Broadcasters said access was tightly controlled, with
        press officers accompanying crews at all times. A documentary about the exercise is
        planned for the autumn. Several crews said the biggest challenge was the weather, with
        snowstorms grounding helicopter flights on the first two days of the drills."""),
        "military",
    ),
    (
        "Ethiopian and Tigrayan TV stations restore links after Pretoria truce",
        _t("""Ethiopia's state broadcaster and Tigray's regional television channel exchanged
        programmes on Monday for the first time in two years, after telephone and internet links
        to the region were restored under the peace agreement signed in Pretoria in November.
        Journalists from Addis Ababa travelled to Mekelle on the first commercial flight in
        18 months, and the two stations broadcast a joint segment on the reopening of banks.
        The federal government and the Tigray People's Liberation Front have held several rounds
        of talks since the deal, and the African Union said the ceasefire was holding. Viewers
        in Mekelle said they watched the national news with a mixture of relief and suspicion.
        Media rights groups urged both sides to release detained journalists. An interim
        administration for the region is expected to be formed within weeks. Tigray TV said it
        would send its own reporters to the capital for the first time since 2020."""),
        "peace",
    ),
    (
        "Colombians watch FARC peace signing live as broadcasters clear schedules",
        _t("""Colombia's television networks cleared their schedules on Monday to broadcast live
        the signing of the peace agreement between the government and the FARC rebels in
        Cartagena, and millions of people watched on giant screens in town squares. The
        president and the guerrilla leader signed the accord with a pen made from a bullet,
        before an audience of foreign leaders dressed in white. When air force jets flew over
        the ceremony, the rebel commander paused and joked that they had come this time to pay
        tribute to peace. Networks ran special programmes on the five decades of conflict,
        interviewing victims and former fighters. The agreement will be put to a referendum next
        week. Broadcasters said audiences were the largest for any event since the World Cup.
        The rebels
        will hand over their weapons to UN monitors over six months. In Bogota, office workers
        left their desks to watch on screens set up in the Plaza de Bolivar, and some
        wept."""),
        "peace",
    ),
]
